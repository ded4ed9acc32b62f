"""Finding and reading note files (never writing them)."""

from __future__ import annotations

from pathlib import Path

from notecards import notes


def write(path: Path, text: str = "- Term: definition\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_walks_notes_and_skips_hidden_folders(tmp_path: Path) -> None:
    write(tmp_path / "a.md")
    write(tmp_path / "ml" / "deep" / "b.markdown")
    write(tmp_path / "export.txt")
    write(tmp_path / "image.png")
    write(tmp_path / ".obsidian" / "workspace.md")
    write(tmp_path / ".trash" / "old.md")
    write(tmp_path / "ml" / ".hidden.md")
    found = notes.find_notes(tmp_path)
    assert [note.source for note in found] == ["a.md", "export.txt", "ml/deep/b.markdown"]
    assert {note.default_deck for note in found} == {tmp_path.name}


def test_a_single_file(tmp_path: Path) -> None:
    path = write(tmp_path / "folder" / "note.md")
    (note,) = notes.find_notes(path)
    assert (note.source, note.root) == ("note.md", path.parent)
    assert notes.read_note(note).cards[0].deck == "folder"  # a root-level note: the root's name


def test_reading_never_writes(tmp_path: Path) -> None:
    path = write(tmp_path / "n.md", "---\ntags: [x]\n---\n- Term: definition\n")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    (note,) = notes.find_notes(tmp_path)
    assert notes.read_note(note).cards
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_unreadable_file_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "dir.md"
    path.mkdir()  # a folder named like a note cannot be read as one
    note = notes.NoteFile(tmp_path, path, "dir.md")
    extraction = notes.read_note(note)
    assert extraction.cards == ()
    assert "cannot read" in extraction.warnings[0].message


def test_symlinked_folders_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    write(outside / "x.md")
    root = tmp_path / "root"
    write(root / "in.md")
    (root / "link").symlink_to(outside, target_is_directory=True)
    assert [note.source for note in notes.find_notes(root)] == ["in.md"]


def test_a_repositorys_own_files_and_installed_packages_are_no_notes(tmp_path: Path) -> None:
    """A TIL kept in a git repository: its licence, code of conduct and contributing guide,
    a static site's build (``_site``), installed packages (``node_modules``, a virtual
    environment) are no one's study notes; a note named like them in its own words is."""
    write(tmp_path / "git" / "rebase.md")
    write(tmp_path / "LICENSE.md")
    write(tmp_path / "CODE_OF_CONDUCT.md")
    write(tmp_path / "CONTRIBUTING.md")
    write(tmp_path / "docs" / "PULL_REQUEST_TEMPLATE.md")
    write(tmp_path / "_site" / "git" / "rebase.md")
    write(tmp_path / "node_modules" / "vuepress" / "README.md")
    write(tmp_path / "env" / "pyvenv.cfg", "home = /usr/bin\n")
    write(tmp_path / "env" / "lib" / "site-packages" / "pkg" / "README.md")
    write(tmp_path / "law" / "License.md")  # a note about licences
    write(tmp_path / "security" / "SECURITY notes.md")
    found = [note.source for note in notes.find_notes(tmp_path)]
    assert found == ["git/rebase.md", "law/License.md", "security/SECURITY notes.md"]
    # named on its own, a file is read whatever its name
    (alone,) = notes.find_notes(tmp_path / "LICENSE.md")
    assert alone.source == "LICENSE.md"

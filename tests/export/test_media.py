"""Which images are packed: files inside the notes folder only."""

from __future__ import annotations

from pathlib import Path

from notecards.export.media import MediaPacker


def notes_with_images(tmp_path: Path) -> Path:
    root = tmp_path / "notes"
    (root / "ml" / "img").mkdir(parents=True)
    (root / "ml" / "img" / "fig.png").write_bytes(b"\x89PNG fig")
    (root / "assets").mkdir()
    (root / "assets" / "vault.png").write_bytes(b"\x89PNG vault")
    (tmp_path / "secret.txt").write_text("secret", "utf-8")
    (root / "ml" / "img" / "link.png").symlink_to(tmp_path / "secret.txt")
    return root


def test_files_inside_the_notes_folder_are_packed(tmp_path: Path) -> None:
    root = notes_with_images(tmp_path)
    packer = MediaPacker()
    name = packer.resolve("img/fig.png", root, "ml/cnn.md", 3)
    assert name is not None and name.startswith("fig-") and name.endswith(".png")
    assert packer.resolve("./img/fig.png", root, "ml/cnn.md", 4) == name  # packed once
    assert packer.resolve("img/fig%2Epng", root, "ml/cnn.md", 5) == name
    assert packer.resolve("vault.png", root, "ml/cnn.md", 6) is not None  # Obsidian embed
    assert len(packer.files) == 2 and not packer.warnings
    copied = packer.copy_to(tmp_path / "out")
    assert sorted(Path(path).read_bytes() for path in copied) == [b"\x89PNG fig", b"\x89PNG vault"]


def test_anything_outside_is_refused_with_a_warning(tmp_path: Path) -> None:
    root = notes_with_images(tmp_path)
    packer = MediaPacker()
    for src in (
        "../../secret.txt",
        "../../../../../../etc/passwd",
        "/etc/passwd",
        str(tmp_path / "secret.txt"),
        "~/secret.txt",
        "img/link.png",  # a symbolic link that leads out of the folder
        "file:///etc/passwd",
        "img/missing.png",
    ):
        assert packer.resolve(src, root, "ml/cnn.md", 7) is None, src
    assert not packer.files
    assert len(packer.warnings) == 8
    assert all(str(w).startswith("ml/cnn.md:7: image ") for w in packer.warnings)
    assert "outside the notes folder" in str(packer.warnings[0])
    assert "absolute path" in str(packer.warnings[2])


def test_web_images_stay_links(tmp_path: Path) -> None:
    packer = MediaPacker()
    url = "https://example.org/a.png"
    assert packer.resolve(url, tmp_path, "a.md", 1) == url
    assert not packer.files and not packer.warnings

"""Images referenced by notes, packed as Anki media when it is safe to.

A local image is packed only when it is a file inside the notes folder; anything else
(``../../etc/passwd``, absolute paths, symbolic links that lead out of the folder) is left
out with a warning naming the note and line. Web images are kept as links. Packed files
get names unique across the export (Anki's media folder is flat).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from notecards.core.model import NoteWarning

_REMOTE_SCHEMES = frozenset({"http", "https"})
_WINDOWS_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


@dataclass
class MediaPacker:
    """Collects the media of one export and the warnings about refused images."""

    files: dict[Path, str] = field(default_factory=dict)  # resolved file -> packed name
    warnings: list[NoteWarning] = field(default_factory=list)
    _by_name: dict[tuple[Path, str], Path | None] = field(default_factory=dict)

    def resolver(self, root: Path, source: str, line: int) -> ImageSourceResolver:
        return ImageSourceResolver(self, root, source, line)

    def _refuse(self, source: str, line: int, reason: str) -> None:
        self.warnings.append(NoteWarning(source, line, reason))

    def _packed_name(self, file: Path, root: Path) -> str:
        name = self.files.get(file)
        if name is None:
            relative = file.relative_to(root).as_posix()
            digest = hashlib.blake2b(relative.encode("utf-8"), digest_size=4).hexdigest()
            name = f"{file.stem}-{digest}{file.suffix.lower()}"
            self.files[file] = name
        return name

    def _find_in_vault(self, root: Path, name: str) -> Path | None:
        """An Obsidian-style embed names a file anywhere in the vault: find it by name."""
        key = (root, name)
        if key not in self._by_name:
            found = None
            for folder, subfolders, files in os.walk(root):
                subfolders[:] = sorted(entry for entry in subfolders if not entry.startswith("."))
                if name in files:
                    found = Path(folder, name)
                    break
            self._by_name[key] = found
        return self._by_name[key]

    def resolve(self, src: str, root: Path, source: str, line: int) -> str | None:
        parts = urlsplit(src)
        if parts.scheme.lower() in _REMOTE_SCHEMES:
            return src
        if parts.scheme and not _WINDOWS_DRIVE.match(src):
            self._refuse(source, line, f"image {src!r} is not a file or a web address; left out")
            return None
        path = unquote(parts.path if not _WINDOWS_DRIVE.match(src) else src)
        if not path:
            return None
        if path.startswith(("/", "\\", "~")) or _WINDOWS_DRIVE.match(path):
            self._refuse(source, line, f"image {src!r} is an absolute path; only images inside "
                                       "the notes folder are packed; left out")  # fmt: skip
            return None
        real_root = root.resolve()
        note_folder = (root / PurePosixPath(source)).parent
        candidate = (note_folder / path).resolve()
        if not candidate.is_relative_to(real_root):
            self._refuse(source, line, f"image {src!r} is outside the notes folder; left out")
            return None
        if not candidate.is_file() and "/" not in path:
            found = self._find_in_vault(root, path)
            if found is not None:
                candidate = found.resolve()
                if not candidate.is_relative_to(real_root):
                    self._refuse(source, line, f"image {src!r} leads outside the notes folder")
                    return None
        if not candidate.is_file():
            self._refuse(source, line, f"image {src!r} not found; left out")
            return None
        return self._packed_name(candidate, real_root)

    def copy_to(self, folder: Path) -> list[str]:
        """Copy the packed files under their packed names; their paths, for the package."""
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for file, name in self.files.items():
            target = folder / name
            shutil.copyfile(file, target)
            paths.append(str(target))
        return paths


@dataclass(frozen=True)
class ImageSourceResolver:
    """Resolves the images of one card, so that warnings name its note and line."""

    packer: MediaPacker
    root: Path
    source: str
    line: int

    def __call__(self, src: str) -> str | None:
        return self.packer.resolve(src, self.root, self.source, self.line)

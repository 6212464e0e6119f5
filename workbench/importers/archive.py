"""Open zip archives (DOCX, and any other zip-based input) only after checking them.

A zip is checked before anything reads a member:

* the entry count in the end-of-central-directory record, *before* ``zipfile`` builds one
  object per entry (a forged count of millions would exhaust memory on its own);
* every member name: no absolute paths, drive letters, ``..`` parts, NULs or duplicates;
* no encrypted members;
* declared sizes: total uncompressed size, and the compression ratio of each large member
  and of the whole archive (a zip bomb is small on disk and huge when inflated).

Declared sizes are enough: ``zipfile`` never inflates a member past its declared size and
fails its CRC check when the declaration lies.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from workbench.errors import ImportFailed

_EOCD = b"PK\x05\x06"
_EOCD_SIZE = 22
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"
_MAX_COMMENT = 0xFFFF
_DRIVE = re.compile(r"^[A-Za-z]:")


@dataclass(frozen=True)
class ZipLimits:
    max_members: int = 2000
    max_total_size: int = 500 * 1024 * 1024  # uncompressed bytes, all members together
    max_ratio: float = 200.0
    # Small members may compress very well (a 4 KB run of spaces) without harm: the ratio is
    # only checked for members, and archives, whose inflated size passes these floors.
    ratio_floor_member: int = 1024 * 1024
    ratio_floor_total: int = 10 * 1024 * 1024


DEFAULT_LIMITS = ZipLimits()


def declared_entry_count(data: bytes) -> int | None:
    """The entry count the archive's end record declares (zip64 aware); None if not found."""
    tail_start = max(0, len(data) - _EOCD_SIZE - _MAX_COMMENT)
    at = data.rfind(_EOCD, tail_start)
    if at < 0 or at + _EOCD_SIZE > len(data):
        return None
    (count,) = struct.unpack_from("<H", data, at + 10)
    locator = at - 20
    if count == 0xFFFF and locator >= 0 and data[locator : locator + 4] == _ZIP64_LOCATOR:
        (record_at,) = struct.unpack_from("<Q", data, locator + 8)
        if data[record_at : record_at + 4] == _ZIP64_EOCD and record_at + 56 <= len(data):
            (count,) = struct.unpack_from("<Q", data, record_at + 32)
    return count


def unsafe_member_name(name: str) -> str | None:
    """Why ``name`` must not be a member name, or None when it is fine."""
    if "\x00" in name:
        return "a NUL character"
    normalised = name.replace("\\", "/")
    if normalised.startswith("/") or _DRIVE.match(normalised):
        return "an absolute path"
    if ".." in normalised.split("/"):
        return "a '..' part that points outside the archive"
    return None


def check_zip(
    archive: zipfile.ZipFile, path: Path | str, limits: ZipLimits = DEFAULT_LIMITS
) -> None:
    """Raise ``ImportFailed`` naming the member when ``archive`` breaks one of the limits."""
    members = archive.infolist()
    if len(members) > limits.max_members:
        raise ImportFailed(
            path, f"the archive has {len(members)} members (the limit is {limits.max_members})"
        )
    seen: set[str] = set()
    total = compressed = 0
    for info in members:
        where = f"zip member {info.filename!r}"
        why = unsafe_member_name(info.filename)
        if why:
            raise ImportFailed(path, f"a member name has {why}", where)
        key = info.filename.replace("\\", "/").lower()
        if key in seen:
            raise ImportFailed(path, "two members have the same name", where)
        seen.add(key)
        if info.flag_bits & 0x1:
            raise ImportFailed(path, "the member is encrypted (password-protected)", where)
        total += info.file_size
        compressed += info.compress_size
        if total > limits.max_total_size:
            raise ImportFailed(
                path,
                f"the archive inflates to more than {limits.max_total_size // 2**20} MB "
                "(a zip bomb?)",
                where,
            )
        ratio = _ratio(info.file_size, info.compress_size)
        if info.file_size > limits.ratio_floor_member and ratio > limits.max_ratio:
            raise ImportFailed(
                path,
                f"the member is compressed {ratio:.0f}:1 "
                f"(the limit is {limits.max_ratio:.0f}:1; a zip bomb?)",
                where,
            )
    if total > limits.ratio_floor_total and _ratio(total, compressed) > limits.max_ratio:
        raise ImportFailed(
            path,
            f"the archive is compressed {_ratio(total, compressed):.0f}:1 overall "
            f"(the limit is {limits.max_ratio:.0f}:1; a zip bomb?)",
        )


def _ratio(size: int, compressed: int) -> float:
    return size / max(compressed, 1)


def open_zip(data: bytes, path: Path | str, limits: ZipLimits = DEFAULT_LIMITS) -> zipfile.ZipFile:
    """A checked ``ZipFile`` over ``data``; ``ImportFailed`` if it is no zip or is unsafe."""
    count = declared_entry_count(data)
    if count is not None and count > limits.max_members:
        raise ImportFailed(
            path, f"the archive declares {count} members (the limit is {limits.max_members})"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise ImportFailed(path, f"the zip archive is damaged ({exc})") from None
    try:
        check_zip(archive, path, limits)
    except ImportFailed:
        archive.close()
        raise
    return archive


def read_member(archive: zipfile.ZipFile, name: str, path: Path | str) -> bytes:
    """A member's bytes (sizes were checked by ``open_zip``); damage is an ``ImportFailed``."""
    try:
        return archive.read(name)
    except KeyError:
        raise ImportFailed(path, "a required part is missing", f"zip member {name!r}") from None
    except (
        zipfile.BadZipFile,
        zlib.error,
        OSError,
        EOFError,
        ValueError,
        NotImplementedError,
    ) as exc:
        # BadZipFile covers CRC mismatches: a member that lied about its size.
        raise ImportFailed(
            path, f"the member cannot be read ({exc})", f"zip member {name!r}"
        ) from None

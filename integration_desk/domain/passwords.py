"""Password hashes: scrypt for the ``users`` table (SQLite), a SCRAM verifier for PostgreSQL logins.

Only the standard library: ``hashlib.scrypt`` is memory-hard and needs no extra package.
The PostgreSQL verifier is what ``psql``'s ``\\password`` sends, so the plain password never
travels in an SQL statement (nor lands in a server log).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import unicodedata

from integration_desk.domain.errors import ValidationError
from integration_desk.i18n import tr

MIN_LENGTH = 8
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1
_SCRAM_ITERATIONS = 4096


def check_new_password(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            tr("passwords", "The password must have at least {n} characters.").format(n=MIN_LENGTH),
            field="password",
        )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt$hash`` (base64 parts)."""
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=len(expected)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def scram_verifier(password: str, *, salt: bytes | None = None, iterations: int = _SCRAM_ITERATIONS) -> str:
    """PostgreSQL's ``SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`` (RFC 5802/7677)."""
    salt = salt or os.urandom(16)
    # PostgreSQL normalises with SASLprep; NFKC is its core (the rest concerns unusual code points).
    salted = hashlib.pbkdf2_hmac("sha256", unicodedata.normalize("NFKC", password).encode(), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()
    return f"SCRAM-SHA-256${iterations}:{_b64(salt)}${_b64(stored_key)}:{_b64(server_key)}"

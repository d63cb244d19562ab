#!/usr/bin/env python3
"""Sign settings bundles for a policy that demands signed bundles (``bundle_signing_keys``).

    scripts/sign_bundle.py keygen KEYFILE        a new Ed25519 key: KEYFILE (private, keep it safe) and
                                                 the public key printed for the policy file
    scripts/sign_bundle.py sign KEYFILE BUNDLE   writes BUNDLE.sig beside the bundle (publish both)

The signature covers the bundle's exact bytes: sign after the last edit.
"""

from __future__ import annotations

import base64
import sys
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


def public_text(key: Ed25519PrivateKey) -> str:
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def main(argv: list[str]) -> int:
    if argv[:1] == ["keygen"] and len(argv) == 2:
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        target = Path(argv[1])
        target.touch(mode=0o600, exist_ok=False)
        target.write_bytes(pem)
        print(f'bundle_signing_keys = ["{public_text(key)}"]')
        return 0
    if argv[:1] == ["sign"] and len(argv) == 3:
        key = serialization.load_pem_private_key(Path(argv[1]).read_bytes(), password=None)
        if not isinstance(key, Ed25519PrivateKey):
            print("sign_bundle: not an Ed25519 key", file=sys.stderr)
            return 2
        bundle = Path(argv[2])
        signature = base64.b64encode(key.sign(bundle.read_bytes())).decode("ascii")
        bundle.with_name(bundle.name + ".sig").write_text(signature + "\n", encoding="ascii")
        print(f"signed {bundle} (key {public_text(key)})")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""requests' encoding detector (charset_normalizer, ≈ 3 MiB resident) loads at the first guess of an
answer's encoding, not when the CRM client is imported: the back office's answers name their charset."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CODE = """
import sys, warnings
warnings.simplefilter("error")  # requests' check of its detector's version passes, no warning
import crm.client
import requests
print(type(sys.modules["charset_normalizer"]).__name__, requests.__version__ != "")
answer = requests.models.Response()
answer._content = "客户 Müller, ça va".encode("utf-8")  # no charset named: requests guesses
print(answer.text == "客户 Müller, ça va", answer.apparent_encoding)
print(type(sys.modules["charset_normalizer"]).__name__)
"""


def test_the_detector_loads_at_the_first_guess_and_guesses_as_before() -> None:
    done = subprocess.run([sys.executable, "-c", CODE], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:3] == ["_Deferred True", "True utf-8", "module"]

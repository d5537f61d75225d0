"""Every page type is valid HTML according to the Nu HTML Checker (vnu.jar,
the W3C validator, from the npm registry), run once over all pages."""

import json
import shutil
import subprocess

import pytest

from .conftest import VNU, require_tool
from .test_accessibility import PAGE_TYPES

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def java():
    path = shutil.which("java")
    if path is None:
        pytest.skip("java is missing: apt-get install default-jre-headless")
    return path


def test_every_page_type_is_valid_html(client, page_type_urls, tmp_path, java):
    vnu = require_tool(VNU)
    files = {}
    for name in PAGE_TYPES:
        response = client.get(page_type_urls[name])
        assert response.status_code in (200, 404), name
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files[str(path)] = name
    result = subprocess.run(  # noqa: S603
        [java, "-jar", str(vnu), "--format", "json", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    problems = [
        f"{files.get(m.get('url', '').removeprefix('file:'), m.get('url'))}:"
        f"{m.get('lastLine')}: {m['message']} [{m.get('extract', '').strip()[:80]}]"
        for m in messages
        if m["type"] == "error" or m.get("subType") == "warning"
    ]
    assert problems == [], "\n".join(problems)

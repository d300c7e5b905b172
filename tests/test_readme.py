"""The README's record example is a valid prediction file."""

import json
import re

from newsgold import paths
from newsgold.validate import validate_file


def test_readme_record_example_validates(tmp_path):
    readme = (paths.project_root() / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```json\n(.*?)```", readme, flags=re.S)
    examples = [json.loads(b) for b in blocks if '"doc_id"' in b]
    assert examples, "README has no record example"
    for example in examples:
        path = tmp_path / "example.json"
        path.write_text(json.dumps(example))
        report = validate_file(path)
        assert report.ok and not report.warnings, [str(p) for p in report.problems]

import pytest

from newsgold.jsonio import write_atomic


def test_write_atomic_replaces_whole_file(tmp_path):
    path = tmp_path / "out.json"
    write_atomic(path, "old")
    write_atomic(path, "new content")
    assert path.read_text() == "new content"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_write_atomic_leaves_old_file_and_no_temp_on_failure(tmp_path):
    path = tmp_path / "out.json"
    write_atomic(path, "old")

    class Boom(str):
        def encode(self, *args):
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomic(path, Boom("x"))
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]

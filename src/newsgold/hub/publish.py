"""``newsgold publish``: upload an export folder to the Hugging Face Hub.

Uses ``huggingface_hub.HfApi``: ``create_repo(..., repo_type="dataset", exist_ok=True)``
then ``upload_folder`` in one commit, deleting parquet files of an earlier upload that this
export does not have (so a stale shard can never join a configuration). The token is read
from the ``HF_TOKEN`` environment variable. Every failure (no token, offline, network,
authentication, permission) becomes a ``HubError`` with one sentence.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from newsgold.hub.layout import TEXT_INCLUDE, HubError, read_manifest

TOKEN_ENV = "HF_TOKEN"


@dataclass(frozen=True)
class PublishPlan:
    repo_id: str
    folder: Path
    text: str
    private: bool
    files: list[tuple[str, int]] = field(default_factory=list)

    @property
    def total_bytes(self) -> int:
        return sum(size for _, size in self.files)


def check_repo_id(repo_id: str) -> str:
    from huggingface_hub.errors import HFValidationError
    from huggingface_hub.utils import validate_repo_id

    if repo_id.count("/") != 1:
        raise HubError(f"--repo-id must look like ORG/NAME, not {repo_id!r}")
    try:
        validate_repo_id(repo_id)
    except HFValidationError:
        raise HubError(f"--repo-id {repo_id!r} is not a valid Hub repository id (ORG/NAME: letters, digits, -, _, .)") from None
    return repo_id


def plan_upload(export_dir: str | Path, repo_id: str, private: bool = False, allow_text: bool = False) -> PublishPlan:
    """What would be uploaded: the export's files and sizes. Refuses an export with text unless allowed."""
    export_dir = Path(export_dir)
    manifest = read_manifest(export_dir)
    check_repo_id(repo_id)
    if manifest["text"] == TEXT_INCLUDE and not allow_text:
        raise HubError(
            f"{export_dir} contains the copyrighted article text; pass --text include to upload it anyway, "
            "or publish an export made with --text omit"
        )
    files = sorted(
        (path.relative_to(export_dir).as_posix(), path.stat().st_size)
        for path in export_dir.rglob("*")
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(export_dir).parts)
    )
    return PublishPlan(repo_id=repo_id, folder=export_dir, text=manifest["text"], private=private, files=files)


def _describe(error: Exception) -> str:
    """One sentence for an exception raised while talking to the Hub."""
    from huggingface_hub.errors import HfHubHTTPError, OfflineModeIsEnabled

    if isinstance(error, OfflineModeIsEnabled):
        return "cannot upload while offline mode is on (HF_HUB_OFFLINE is set); unset it and retry"
    if isinstance(error, HfHubHTTPError):
        status = getattr(error.response, "status_code", None)
        if status == 401:
            return f"the Hub rejected the token in {TOKEN_ENV} (401 Unauthorized); create a new write token"
        if status == 403:
            return f"the token in {TOKEN_ENV} may not write to this repository (403 Forbidden)"
        first_line = str(error).splitlines()[0] if str(error) else type(error).__name__
        return f"the Hub refused the upload ({first_line})"
    first_line = str(error).splitlines()[0] if str(error) else ""
    return f"cannot reach the Hugging Face Hub ({type(error).__name__}{': ' + first_line if first_line else ''})"


def upload(plan: PublishPlan, token: str | None = None, commit_message: str | None = None) -> str:
    """Create the dataset repository if needed and upload the folder; return the commit URL."""
    token = token if token is not None else os.environ.get(TOKEN_ENV)
    if not token:
        raise HubError(
            f"no Hugging Face token: set {TOKEN_ENV} to a token with write access "
            "(https://huggingface.co/settings/tokens)"
        )
    from huggingface_hub import HfApi

    api = HfApi(token=token)
    message = commit_message or f"Upload newsgold export ({plan.text} text)"
    try:
        api.create_repo(plan.repo_id, repo_type="dataset", private=plan.private, exist_ok=True)
        info = api.upload_folder(
            repo_id=plan.repo_id,
            folder_path=plan.folder,
            repo_type="dataset",
            commit_message=message,
            ignore_patterns=[".*", "**/.*"],
            delete_patterns=["*.parquet"],
        )
    except HubError:
        raise
    except Exception as error:  # the network boundary: every failure becomes one sentence
        raise HubError(_describe(error)) from None
    return str(getattr(info, "commit_url", info))


@dataclass(frozen=True)
class PublishResult:
    plan: PublishPlan
    url: str | None  # None for a dry run


def publish(
    repo_id: str,
    export_dir: str | Path | None = None,
    *,
    text: str | None = None,
    private: bool = False,
    dry_run: bool = False,
    commit_message: str | None = None,
    token: str | None = None,
    **export_options,
) -> PublishResult:
    """Upload an export to ``repo_id``; without ``export_dir``, export the project's gold first.

    ``text``: without ``export_dir`` the export's text mode (default ``omit``); with it,
    ``include`` allows uploading an export that contains the text (refused otherwise).
    An export made for another repository id is rebuilt (card, Croissant) for ``repo_id``.
    """
    import tempfile

    from newsgold.hub.export import export_hf
    from newsgold.hub.layout import DEFAULT_TEXT, check_text_mode
    from newsgold.hub.rehydrate import rebuild_export

    check_repo_id(repo_id)
    if text is not None:
        check_text_mode(text)
    token = token if token is not None else os.environ.get(TOKEN_ENV)
    if not dry_run and not token:
        raise HubError(
            f"no Hugging Face token: set {TOKEN_ENV} to a token with write access "
            "(https://huggingface.co/settings/tokens)"
        )
    with tempfile.TemporaryDirectory(prefix="newsgold-publish-") as scratch:
        if export_dir is None:
            folder = Path(scratch) / "export"
            export_hf(folder, text=text or DEFAULT_TEXT, repo_id=repo_id, **export_options)
            allow_text = (text or DEFAULT_TEXT) == TEXT_INCLUDE
        else:
            folder = Path(export_dir)
            allow_text = text == TEXT_INCLUDE
            plan_upload(folder, repo_id, private, allow_text)  # refuse early, before rebuilding
            if read_manifest(folder).get("repo_id") != repo_id:
                folder = rebuild_export(folder, Path(scratch) / "export", repo_id=repo_id).out_dir
        plan = plan_upload(folder, repo_id, private, allow_text)
        if dry_run:
            return PublishResult(plan, None)
        return PublishResult(plan, upload(plan, token=token, commit_message=commit_message))

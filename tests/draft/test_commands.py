"""The draft and eval commands: output, overwriting, warnings and clean errors on bad input."""

from __future__ import annotations

from click.testing import CliRunner

from generator.draft.output.sheet import DRAFT_HEADER
from generator.model.layout import MAX_ARTICLE_BYTES
from generator.model.schema import SCHEMA_COMMENT
from generator.shells.draft_command import draft_command
from generator.shells.eval_command import eval_command
from tests.draft.helpers import GOLD, GOLD_ROOT, HELD_OUT

SEED = GOLD / "seed-waltz-territory.txt"


def run(command, *args: str):
    return CliRunner().invoke(command, [str(arg) for arg in args])


def test_draft_prints_the_sheet_without_an_output_file():
    result = run(draft_command, SEED, "--published", "2025-03-16", "--outlet", "RT")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"{SCHEMA_COMMENT}\n{DRAFT_HEADER}\n")
    assert "outlet: RT" in result.stdout and "published: 2025-03-16" in result.stdout


def test_draft_writes_a_file_and_never_overwrites_without_force(tmp_path):
    output = tmp_path / "facts.yaml"
    assert run(draft_command, SEED, "-o", output).exit_code == 0
    assert output.read_text("utf-8").startswith(f"{SCHEMA_COMMENT}\n{DRAFT_HEADER}\n")
    output.write_text("mine", "utf-8")
    refused = run(draft_command, SEED, "-o", output)
    assert refused.exit_code == 1 and "exists; pass --force" in refused.output
    assert output.read_text("utf-8") == "mine"
    assert run(draft_command, SEED, "-o", output, "--force").exit_code == 0
    assert output.read_text("utf-8").startswith(f"{SCHEMA_COMMENT}\n{DRAFT_HEADER}\n")


def test_bad_input_gives_one_error_line_and_no_traceback(tmp_path):
    cases = {
        "empty.txt": (b"", "is empty"),
        "blank.txt": (b"\n  \n\n", "is empty"),
        "binary.txt": (b"\x7fELF\x00\x01\x02", "NUL bytes"),
        "latin1.txt": ("caf\u00e9".encode("latin-1"), "is not UTF-8"),
    }
    for name, (content, message) in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        result = run(draft_command, path)
        assert result.exit_code == 1, name
        assert result.output.startswith("Error: ") and message in result.output, name
        assert result.exception is None or isinstance(result.exception, SystemExit)


def test_a_missing_file_and_a_folder_are_refused(tmp_path):
    assert "does not exist" in run(draft_command, tmp_path / "none.txt").output
    assert "is not a file" in run(draft_command, tmp_path).output


def test_an_article_over_the_size_limit_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        file.truncate(MAX_ARTICLE_BYTES + 1)
    result = run(draft_command, path)
    assert result.exit_code == 1 and "at most" in result.output


def test_a_bad_publication_date_is_a_usage_error():
    result = run(draft_command, SEED, "--published", "2025-13-01")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_an_unclosed_mark_warns_on_stderr_and_still_drafts(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text('He said "this never ends.\n\nLater, "a quote" came, said Ann Lee.\n', "utf-8")
    result = run(draft_command, path)
    assert result.exit_code == 0
    assert "warning:" in result.stderr and "paragraph 1" in result.stderr
    assert "text: a quote" in result.stdout


def test_eval_prints_the_table_and_the_dev_scores_do_not_fall():
    result = run(eval_command, GOLD)
    assert result.exit_code == 0
    overall = next(line for line in result.stdout.splitlines() if line.startswith("| **all**"))
    cells = [cell.strip() for cell in overall.strip("|").split("|")]
    precision, recall, speakers, attributed = (float(cells[i]) for i in (5, 6, 7, 8))
    # A guard against regressions, at the dev scores measured after the rules written on the
    # second held-out set's kinds of error once it joined dev (README-held-out-round-2.md):
    # precision 0.994, recall 0.998, speaker accuracy 0.955, no trap attributed.
    assert precision >= 0.99 and recall >= 0.99 and speakers >= 0.95 and attributed <= 0


def test_eval_of_the_whole_gold_folder_reports_dev_and_held_out_side_by_side():
    result = run(eval_command, GOLD_ROOT)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert "| measure | dev | held-out |" in lines
    articles = next(line for line in lines if line.startswith("| articles |"))
    dev_count, held_count = len(list(GOLD.glob("*.yaml"))), len(list(HELD_OUT.glob("*.yaml")))
    assert articles == f"| articles | {dev_count} | {held_count} |"


def test_eval_refuses_a_folder_without_gold_files(tmp_path):
    result = run(eval_command, tmp_path)
    assert result.exit_code == 1 and result.output.startswith("Error: ")

"""Numbers a projector can carry: repetitions until steady, captions the spreads support, a busy machine said."""

from __future__ import annotations

import math
import subprocess
import sys
import time

import psutil
import pytest

from workbench.bench import TURN_SECONDS, SpeedRounds, relative_standard_error, repetitions_still_needed
from workbench.compare.captions import (
    busy_sentence,
    compare_sentence,
    generation_caption,
    perplexity_caption,
    prompt_caption,
    summary_sentences,
)
from workbench.compare.figures import (
    clearly_different,
    paired_speed_ratios,
    size_order,
    speeds_differ,
    standard_error,
)
from workbench.compare.machine import (
    BUSY_CORES,
    OtherLoad,
    keep_busiest_reading,
    own_cpu_seconds,
    start_watch,
    was_busy,
    watch_other_load,
)
from workbench.compare.present import AnswersSlide, answers_slides, chart_specs, clip_answer, presentation_slides
from workbench.compare.results import (
    Answer,
    CompareRun,
    CompareSettings,
    MachineLoad,
    Measurement,
    Quality,
    VariantResult,
)

# -- repetitions ----------------------------------------------------------------------------------


def test_repetitions_stop_once_the_mean_is_known_within_three_percent() -> None:
    assert repetitions_still_needed([]) == 3
    assert repetitions_still_needed([100.0]) == 2
    steady = [100.0, 101.0, 99.0]  # standard error 0.58% of the mean
    assert relative_standard_error(steady) == pytest.approx(0.00577, abs=1e-4)
    assert repetitions_still_needed(steady) == 0
    noisy = [100.0, 120.0, 80.0]  # 11.5%: (11.5 / 3)² × 3 ≈ 45 wanted, capped at 10
    assert repetitions_still_needed(noisy) == 7
    a_bit_noisy = [100.0, 107.0, 93.0]  # 4.04%: 3 × (4.04 / 3)² = 5.4, so 6 in all
    assert repetitions_still_needed(a_bit_noisy) == 3
    assert repetitions_still_needed([100.0, 105.0, 95.0]) == 0  # 2.9%: steady enough
    assert repetitions_still_needed([100.0, 120.0, 80.0] * 4) == 0  # the cap is reached
    assert repetitions_still_needed([5.0, 5.0], minimum=1, maximum=1) == 0
    assert math.isinf(relative_standard_error([3.0])) and math.isinf(relative_standard_error([0.0, 0.0]))


def test_speed_rounds_take_every_variant_in_turn_and_more_only_while_a_figure_is_noisy() -> None:
    rounds = SpeedRounds([0, 1, 2], prompt=True, generation=True, minimum=3, maximum=10)
    quiet = iter([100.0, 101.0, 99.0] * 4)
    noisy = iter([100.0, 130.0, 70.0] + [100.0] * 20)
    order: list[list[int]] = []
    while turn := rounds.next_round():
        order.append(turn)
        for variant in turn:
            if variant == 2 and len(order) == 2:
                rounds.drop(variant)  # it failed in the second round: no more turns
                continue
            pp, tg = rounds.due(variant)
            rounds.add(variant, [next(noisy) if variant == 1 else 500.0] if pp else [],
                       [next(quiet) if variant == 0 else 50.0] if tg else [])
    assert order[:3] == [[0, 1, 2], [0, 1, 2], [0, 1]]  # rounds of every variant still due, in order
    assert rounds.rounds[0] == ([1, 2, 3], [1, 2, 3]) and rounds.rounds[1][0][:4] == [1, 2, 3, 4]  # sample by sample
    assert all(turn == [1] for turn in order[3:])  # only the noisy prompt speed goes on
    quiet_pp, quiet_tg = rounds.speeds[0]
    assert len(quiet_pp) == len(quiet_tg) == 3  # steady: the minimum
    noisy_pp, steady_tg = rounds.speeds[1]
    assert 3 < len(noisy_pp) <= 10 and len(steady_tg) == 3  # each test of a variant for itself
    assert relative_standard_error(noisy_pp) <= 0.03 or len(noisy_pp) == 10
    assert 2 not in rounds.speeds and rounds.share(2) == 1.0 and rounds.progress() == 1.0
    assert rounds.timed == sum(len(turn) for turn in order) - 1  # the failed turn timed nothing


def test_a_turn_times_as_many_repetitions_as_fit_in_a_few_seconds() -> None:
    rounds = SpeedRounds([0], prompt=True, generation=True, minimum=3, maximum=10)
    assert rounds.repetitions(0) == 1  # how long one takes is not known yet
    rounds.add(0, [100.0], [50.0], seconds=TURN_SECONDS / 6)
    assert rounds.repetitions(0) == 2  # six would fit in TURN_SECONDS; two are left of the minimum
    rounds.add(0, [100.0, 101.0, 99.0, 100.0], [50.0, 50.5, 49.5, 50.0], seconds=TURN_SECONDS / 6)
    assert rounds.speeds[0] == ([100.0, 100.0, 101.0], [50.0, 50.0, 50.5])  # no more samples than it needed
    assert rounds.repetitions(0) == 0 and rounds.next_round() == []
    large = SpeedRounds([0], prompt=False, generation=True)
    large.add(0, [], [5.0], seconds=TURN_SECONDS * 4)
    assert large.repetitions(0) == 1  # a large model: one repetition a turn


def test_speed_rounds_share_and_progress_as_the_figures_stand() -> None:
    rounds = SpeedRounds([0, 1], prompt=False, generation=True, minimum=2, maximum=4)
    assert rounds.due(0) == (False, True) and rounds.progress() == 0.0 and rounds.share(0) == 0.0
    rounds.add(0, [], [10.0])
    assert rounds.share(0) == 0.5 and rounds.progress() == pytest.approx(1 / 4)
    rounds.add(0, [], [10.0])
    assert rounds.share(0) == 1.0 and rounds.next_round() == [1]


def test_a_speed_test_in_several_rounds_keeps_its_busiest_reading() -> None:
    loads = [
        MachineLoad("bench", before_cores=0.0, during_cores=0.1, cores=2),
        MachineLoad("answers", before_cores=0.9, during_cores=0.9, cores=2),
        MachineLoad("bench", before_cores=0.6, during_cores=0.2, cores=2),
        MachineLoad("bench", before_cores=0.0, during_cores=0.3, cores=2),
    ]
    keep_busiest_reading(loads, "bench")
    assert [(m.step, m.busiest) for m in loads] == [("answers", 0.9), ("bench", 0.6)]


# -- the spread rule -------------------------------------------------------------------------------


def test_a_difference_counts_only_when_the_two_error_bars_do_not_touch() -> None:
    assert clearly_different(100.0, 1.0, 90.0, 1.0)  # 10 apart, bars reach 4
    assert not clearly_different(100.0, 3.0, 90.0, 3.0)  # 10 apart, bars reach 12
    assert not clearly_different(100.0, math.inf, 50.0, 1.0)  # no spread known: no claim
    quiet_a, quiet_b = Measurement([100.0, 101.0, 99.0]), Measurement([80.0, 81.0, 79.0])
    assert speeds_differ(quiet_a, quiet_b)
    assert standard_error(quiet_a) == pytest.approx(1 / math.sqrt(3))
    # The case: 44 ± 68 tok/s against a steady 90 says nothing.
    assert not speeds_differ(Measurement([5.0, 6.0, 121.0]), Measurement([90.0, 91.0, 89.0]))
    assert not speeds_differ(Measurement([100.0]), Measurement([50.0]))  # one sample each: no spread, no claim


def test_speeds_timed_in_the_same_rounds_are_compared_round_by_round() -> None:
    # The machine drifts: round 2 is fast for both, round 3 slow for both; A is 8-9% faster in every round.
    a, b = [100.0, 140.0, 90.0, 120.0], [92.0, 128.0, 83.0, 110.0]
    assert not speeds_differ(Measurement(a), Measurement(b))  # two spreads apart: the drift is counted twice
    assert speeds_differ(Measurement(a, [1, 2, 3, 4]), Measurement(b, [1, 2, 3, 4]))  # the rounds cancel it
    assert paired_speed_ratios(Measurement(a, [1, 2, 3, 4]), Measurement(b, [1, 2, 3, 4])) == pytest.approx(
        [math.log(x / y) for x, y in zip(a, b, strict=True)]
    )
    # Rounds that disagree on the order say nothing, however far apart the means.
    steady = Measurement([100.0, 100.0, 100.0, 100.0], [1, 2, 3, 4])
    assert not speeds_differ(Measurement([120.0, 85.0, 110.0, 115.0], [1, 2, 3, 4]), steady)
    # Fewer rounds in common than MIN_PAIRED_ROUNDS: the spreads apart, as for a server's speed.
    assert not speeds_differ(Measurement(a[:3], [1, 2, 3]), Measurement(b[:3], [1, 2, 3]))
    q4_0 = Measurement([157.6, 150.1, 150.2], [1, 2, 3])  # steady after three rounds: a window run's
    iq2_xs = Measurement([121.1, 150.2, 123.3, 125.2, 145.6], [1, 2, 3, 4, 5])
    assert speeds_differ(q4_0, iq2_xs)  # three rounds in common: the spreads apart tell them apart
    assert speeds_differ(Measurement([100.0, 101.0, 99.0], [1, 2, 3]), Measurement([80.0, 81.0, 79.0]))
    # A tiny model's turn times several repetitions: a round's mean stands for it.
    several = Measurement([99.0, 101.0, 109.0, 111.0, 89.0, 91.0], [1, 1, 2, 2, 3, 3])
    assert paired_speed_ratios(several, Measurement([50.0, 55.0, 45.0], [1, 2, 3])) == pytest.approx([math.log(2)] * 3)


def test_round_by_round_never_contradicts_the_means() -> None:
    # A's noisy figure took six more rounds, all in a slow stretch: round by round it is 10% faster than B, but
    # its mean is far lower. The captions state the means, so they claim nothing.
    a = Measurement([110.0] * 4 + [50.0] * 6, list(range(1, 11)))
    b = Measurement([100.0, 100.0, 101.0, 100.0], [1, 2, 3, 4])
    assert paired_speed_ratios(a, b) == pytest.approx([math.log(1.1)] * 2 + [math.log(110 / 101), math.log(1.1)])
    assert not speeds_differ(a, b) and not speeds_differ(b, a)


def _variant(quant: str, size: int, tg: list[float], ppl: float = 20.0, ppl_err: float = 0.2) -> VariantResult:
    return VariantResult(
        path=f"/m/model-{quant}.gguf",
        label=f"model {quant}",
        status="done",
        quantization=quant,
        file_bytes=size,
        generation_speed=Measurement(tg),
        prompt_speed=Measurement([400.0, 402.0, 398.0]),
        quality=Quality(ppl, ppl_err, 2048, 8, 512),
    )


def test_a_noisy_speed_reads_about_the_same_never_51_percent_slower() -> None:
    q8 = _variant("Q8_0", 144, [5.0, 6.0, 121.0])  # 44 ± 68 tok/s, on a busy machine
    q4 = _variant("Q4_0", 100, [90.0, 91.0, 89.0])
    sentence = compare_sentence(q8, "Q8_0", q4, "Q4_0")
    assert "generates at about the same speed here" in sentence
    assert "slower" not in sentence and "faster" not in sentence
    run = CompareRun([q8, q4], CompareSettings(baseline=q4.path))
    caption = generation_caption(run, ["Q8_0", "Q4_0"])
    assert caption.startswith("Both write at about the same speed here (44.0 to 90.0 tokens per second)")
    assert "as fast as" not in caption


def test_perplexity_differences_within_the_standard_errors_read_about_the_same() -> None:
    base = _variant("Q4_1", 100, [90.0, 91.0], ppl=20.0, ppl_err=0.6)
    close = _variant("Q4_0", 95, [90.0, 91.0], ppl=20.8, ppl_err=0.6)
    run = CompareRun([base, close], CompareSettings(baseline=base.path))
    assert perplexity_caption(run, ["Q4_1", "Q4_0"]) == (
        "Lower is better. Q4_0 scores about the same as Q4_1: the differences are within the standard errors "
        "of a text this long. The drift chart compares them token by token."
    )
    assert compare_sentence(close, "Q4_0", base, "Q4_1").endswith("its perplexity is about the same.")
    far = _variant("Q2_K", 60, [90.0, 91.0], ppl=30.0, ppl_err=0.9)
    run.variants.append(far)
    assert perplexity_caption(run, ["Q4_1", "Q4_0", "Q2_K"]) == (
        "Lower is better. Q2_K's perplexity is 50% higher than Q4_1's; Q4_0's is about the same."
    )


def test_the_prompt_caption_names_no_leader_the_spreads_cannot_separate() -> None:
    a, b = _variant("Q8_0", 144, [60.0]), _variant("Q4_0", 100, [90.0])
    b.prompt_speed = Measurement([700.0, 702.0, 698.0])
    run = CompareRun([a, b])
    assert prompt_caption(run, ["Q8_0", "Q4_0"]) == (
        "Q4_0 reads fastest: 700 tokens per second, 1.8× as fast as Q8_0."
    )
    b.prompt_speed = Measurement([420.0, 380.0, 400.0])  # 400 ± 12 against 400 ± 1
    assert prompt_caption(run, ["Q8_0", "Q4_0"]).startswith("Both read a prompt at about the same speed here")


def test_a_leader_too_close_to_the_baseline_is_not_said_to_be_faster_than_it() -> None:
    # As a window run gave: IQ2_XS cannot be told from the fastest, nor from the baseline Q4_1.
    base = _variant("Q4_1", 98, [109.0, 100.0, 91.0, 122.0, 106.0])
    q4 = _variant("Q4_0", 92, [140.0, 142.0, 144.0, 141.0, 143.0])
    iq2 = _variant("IQ2_XS", 85, [80.0, 95.0, 130.0, 160.0, 165.0])
    run = CompareRun([base, q4, iq2], CompareSettings(baseline=base.path))
    caption = generation_caption(run, ["Q4_1", "Q4_0", "IQ2_XS"])
    assert caption.startswith(
        "Q4_0 and IQ2_XS write fastest, too close to tell apart (126 to 142 tokens per second); Q4_0 is 1.3× as "
        "fast as Q4_1."
    ), caption
    iq2.generation_speed = Measurement([139.0, 140.0, 141.0])  # now clearly faster than Q4_1 too
    caption = generation_caption(run, ["Q4_1", "Q4_0", "IQ2_XS"])
    assert caption.startswith("Q4_0 and IQ2_XS write fastest, too close to tell apart (140 to 142 tokens per "
                              "second), 1.3× as fast as Q4_1."), caption
    iq2.generation_speed = Measurement([142.0, 142.5, 141.5])  # the same figure as Q4_0's, rounded
    caption = generation_caption(run, ["Q4_1", "Q4_0", "IQ2_XS"])
    assert caption.startswith("Q4_0 and IQ2_XS write fastest, too close to tell apart (about 142 tokens per "
                              "second), 1.3× as fast as Q4_1."), caption


# -- a busy machine ------------------------------------------------------------------------------


def test_a_busy_speed_test_is_said_in_the_captions_and_never_compared() -> None:
    q8, q4 = _variant("Q8_0", 144, [40.0, 41.0, 42.0]), _variant("Q4_0", 100, [90.0, 91.0, 89.0])
    q8.machine_load.append(MachineLoad("bench", before_cores=0.1, during_cores=0.9, cores=2))
    q4.machine_load.append(MachineLoad("bench", before_cores=0.0, during_cores=0.02, cores=2))
    assert was_busy(q8.machine_load[0]) and not was_busy(q4.machine_load[0])
    run = CompareRun([q8, q4], CompareSettings(baseline=q4.path))
    names = ["Q8_0", "Q4_0"]
    warning = "The computer was busy during Q8_0's speed test — its speed is unreliable; Run again."
    assert busy_sentence(run, names) == warning
    assert generation_caption(run, names) == f"Q4_0 writes at 90.0 tokens per second. {warning}"  # Q8_0 not ranked
    assert prompt_caption(run, names).endswith(warning)
    assert "has no reliable speed comparison (the computer was busy)" in compare_sentence(q8, "Q8_0", q4, "Q4_0")
    assert summary_sentences(run)[-1] == warning
    q4.machine_load[0].during_cores = 0.5
    assert busy_sentence(run, names).startswith("The computer was busy during the speed tests of Q8_0 and Q4_0")
    assert generation_caption(run, names) == busy_sentence(run, names)  # no speed to trust: nothing ranked
    # The readings survive a save and a load.
    again = CompareRun.from_dict(run.to_dict())
    assert again.variants[0].machine_load == q8.machine_load


def test_a_speed_timed_on_fewer_threads_than_the_others_is_said_and_never_compared() -> None:
    q4_1, q4_0 = _variant("Q4_1", 100, [130.0, 131.0, 129.0]), _variant("Q4_0", 93, [80.0, 81.0, 79.0])
    q2 = _variant("Q2_K", 88, [150.0, 151.0, 149.0])
    q4_1.speed_threads, q4_0.speed_threads, q2.speed_threads = [2], [1, 2], [2]  # Q4_0 lost a thread on the way
    run = CompareRun([q4_1, q4_0, q2], CompareSettings(baseline=q4_1.path))
    names = ["Q4_1", "Q4_0", "Q2_K"]
    warning = (
        "Other programs were using the processor, so automatic threads timed Q4_0 on fewer threads than the others "
        "— not comparable; Run again, or set the threads in the parameters."
    )
    assert busy_sentence(run, names) == warning
    sentences = summary_sentences(run)
    assert "Q4_0 is 93% of the Q4_1 file, has no reliable speed comparison (the computer was busy)" in sentences[0]
    assert "Q2_K is 88% of the Q4_1 file, generates 1.2× faster here" in sentences[1]
    assert sentences[-1] == warning
    caption = generation_caption(run, names)
    assert caption.startswith("Q2_K writes fastest") and "Q4_0" not in caption.replace(warning, "")
    # Runs saved before the threads were recorded, and servers, say nothing about threads.
    q4_0.speed_threads = []
    assert busy_sentence(run, names) == ""
    again = CompareRun.from_dict(run.to_dict())
    assert [v.speed_threads for v in again.variants] == [[2], [], [2]]


def test_other_load_subtracts_this_apps_own_processes() -> None:
    own = psutil.Process()

    def only_us() -> float:  # a machine where nothing but this process runs
        total = 0.0
        for process in [own, *own.children(recursive=True)]:
            t = process.cpu_times()
            total += t.user + t.system
        return total

    watch = OtherLoad(machine_seconds=only_us)
    watch.start()
    deadline = time.monotonic() + 0.4
    while time.monotonic() < deadline:  # this process keeps a core busy: not "other programs"
        sum(range(1000))
    others = watch.stop()
    assert others is not None and others < 0.15
    assert watch.stop() is None  # a watch reads once


def test_a_child_that_ends_between_readings_counts_as_this_apps_own() -> None:
    # As a speed round's engine: started and ended between two readings, never read while it ran.
    spin = "import time\nwhile time.process_time() < 0.4: pass"  # above 0.3 by more than the clock's 10 ms ticks
    before = own_cpu_seconds()
    subprocess.run([sys.executable, "-c", spin], timeout=60, check=True)
    assert own_cpu_seconds() - before >= 0.3


def test_a_process_outside_the_app_is_seen_as_other_load() -> None:
    result = VariantResult("/m/x.gguf", "x")
    spin = "import time\nend = time.time() + 4\nwhile time.time() < end: pass"
    # Started through a shell that exits at once: the spinner is not this process's descendant, so it is
    # someone else's work, like a browser playing a video. It ends by itself within seconds.
    started = subprocess.run(
        ["sh", "-c", f'"{sys.executable}" -c "$0" >/dev/null 2>&1 & echo $!', spin],
        capture_output=True, text=True, timeout=10, check=True,
    )
    spinner = psutil.Process(int(started.stdout.strip()))
    try:
        assert spinner not in psutil.Process().children(recursive=True)
        with watch_other_load(result, "bench", before_seconds=0.3):
            time.sleep(0.8)
        before = start_watch()  # as a speed round watches the machine while it loads the model
        time.sleep(0.5)
        with watch_other_load(result, "bench", before=before):
            time.sleep(0.5)
    finally:
        spinner.kill()
        spinner.wait(5)
    for load in result.machine_load:
        assert load.step == "bench" and load.before_cores is not None and load.during_cores is not None
        assert load.during_cores >= 0.5  # the spinner's core (and whatever else the machine does)
        assert load.busiest >= BUSY_CORES and was_busy(load)
    assert result.machine_load[1].before_cores >= 0.5  # the window begun before the block


# -- size order and the answers slide --------------------------------------------------------------


def test_variants_appear_largest_first_on_every_chart() -> None:
    small, big = _variant("IQ2_XS", 40, [1.0, 1.0]), _variant("Q4_1", 100, [1.0, 1.0])
    mid = _variant("Q3_K_M", 70, [1.0])
    pending = VariantResult("/m/unread.gguf", "unread")
    run = CompareRun([small, pending, big, mid])
    assert size_order(run.variants) == [2, 3, 0, 1]
    size = chart_specs(run)[0]
    assert [b.label for b in size.bars][:3] == ["model Q4_1", "model Q3_K_M", "model IQ2_XS"]
    assert [b.variant for b in size.bars] == [2, 3, 0, 1]  # colors follow the variant, not the position


def test_present_mode_ends_with_the_answers_largest_file_first() -> None:
    a, b = _variant("Q2_K", 60, [1.0, 1.0]), _variant("Q4_1", 100, [1.0, 1.0])
    a.answers = [Answer("Name a colour.", "Blue " * 200, 96, 0.8)]
    b.answers = [Answer("Name a colour.", "Red.", 2, 0.1)]
    run = CompareRun([a, b])
    slides = presentation_slides(run)
    assert isinstance(slides[-1], AnswersSlide)
    answers = answers_slides(run)
    assert len(answers) == 1 and answers[0].prompt == "Name a colour."
    assert [c.label for c in answers[0].columns] == ["Q4_1", "Q2_K"]
    assert answers[0].columns[1].text.endswith("…") and len(answers[0].columns[1].text) <= 425
    assert answers[0].columns[0].note == "2 tokens in 0.1 s"
    assert clip_answer("short") == "short"
    assert answers_slides(CompareRun([_variant("Q4_0", 1, [1.0])])) == []


def test_the_terminal_table_says_how_many_repetitions_each_speed_took() -> None:
    """The repetitions adapt: the setting is only their least, so the footnote gives the counts that were run."""
    import io

    from workbench.compare.cli import write_table

    def run_of(*counts: int) -> CompareRun:
        variants = [
            VariantResult(path=f"/m/{n}.gguf", label=f"m {n}", status="done",
                          prompt_speed=Measurement([500.0 + i for i in range(n)]),
                          generation_speed=Measurement([100.0 + i for i in range(n)]))
            for n in counts
        ]
        return CompareRun(variants, CompareSettings(n_prompt=64, n_gen=16, repetitions=3), title="m")

    def footnote(run: CompareRun) -> str:
        out = io.StringIO()
        write_table(run, out)
        return next(line for line in out.getvalue().splitlines() if line.startswith("pp64 and tg16"))

    assert footnote(run_of(3, 8)).startswith(
        "pp64 and tg16: mean ± standard deviation of 3–8 repetitions after a warm-up (at least 3, then more until "
        "the mean was known within 3%, at most 10)."
    )
    assert "of 3 repetitions after a warm-up (at least 3," in footnote(run_of(3, 3))
    assert "of 1 repetition after a warm-up." in footnote(run_of(1))

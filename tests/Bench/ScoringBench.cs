using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline;
using QualityAnalytics.Pipeline.Batch;
using QualityAnalytics.Pipeline.Classification;
using QualityAnalytics.Pipeline.Scoring;
using QualityAnalytics.Pipeline.Speed;
using QualityAnalytics.Pipeline.Storage;

namespace QualityAnalytics.Bench;

/// <summary><c>scripts/bench scoring [--calls N]</c>: calls per second of ingest + score + store for a generated
/// transcript-only batch (default 20,000 calls built from the labelled corpus, half of them ASR-noisy),
/// through the same BatchPipeline as <c>qa run</c> with SQLite. Target: ≥ 2,000 calls/s.</summary>
public sealed class ScoringBench : IBenchSuite
{
    private const double TargetCallsPerSecond = 2000;

    public string Name => "scoring";
    public string Description => "ingest+score+store calls/s of a generated 20,000-call transcript batch (target >= 2000)";

    public async Task<int> RunAsync(string[] args)
    {
        var calls = args.Length >= 2 && args[0] == "--calls" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;

        // --no-judge: the same batch with a judge that decides nothing, to show what ingest and storage cost alone.
        var noJudge = args.Contains("--no-judge");
        var root = Path.Combine(Path.GetTempPath(), "qa-bench-scoring-" + Environment.ProcessId);
        var input = Path.Combine(root, "input");
        try
        {
            Console.WriteLine($"Генерация пакета: {calls} звонков…");
            Generate(input, calls);

            var options = new QaOptions { DataDir = Path.Combine(root, "data") };
            Directory.CreateDirectory(options.DataDir);
            await using var services = new ServiceCollection()
                .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
                .AddPipelineCore(options)
                .AddScoringStage()
                .BuildServiceProvider();
            if (noJudge)
            {
                await using var bare = new ServiceCollection()
                    .AddSingleton(typeof(ILogger<>), typeof(NullLogger<>))
                    .AddPipelineCore(options)
                    .AddSingleton<ICallJudge>(new EmptyJudge(services.GetRequiredService<ICallJudge>()))
                    .BuildServiceProvider();
                bare.GetRequiredService<SchemaMigrator>().Migrate();
                var bareClock = Stopwatch.StartNew();
                var bareSummary = await bare.GetRequiredService<BatchPipeline>().RunAsync(input, progress: null, CancellationToken.None);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"no-judge  {bareSummary.Scored / bareClock.Elapsed.TotalSeconds:0} calls/s (ingest + store with one cached judgement)"));
                return 0;
            }

            services.GetRequiredService<SchemaMigrator>().Migrate();
            var judge = services.GetRequiredService<ICallJudge>();
            var pipeline = services.GetRequiredService<BatchPipeline>();

            var judgeOnly = MeasureJudgeOnly(judge, services.GetRequiredService<ICallClassifier>(), input, Math.Min(calls, 5000));
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var summary = await pipeline.RunAsync(input, progress: null, CancellationToken.None);
            clock.Stop();
            // CPU time per call: the figure that other load on a shared machine disturbs least.
            var cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / Math.Max(1, summary.Scored);
            var rate = summary.Scored / clock.Elapsed.TotalSeconds;

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                suite     scoring ({Environment.ProcessorCount} cores, parallelism {options.Parallelism})
                calls     {summary.Scored} scored, {summary.QuarantinedByReason.Values.Sum()} quarantined
                elapsed   {clock.Elapsed.TotalSeconds:0.00} s (ingest + score + store, SQLite)
                rate      {rate:0} calls/s   (target >= {TargetCallsPerSecond:0})
                cpu       {cpuPerCall:0.000} ms/call over all threads
                judge     {judgeOnly:0} calls/s  (judge alone, one thread, transcripts in memory)
                """));
            return rate >= TargetCallsPerSecond ? 0 : 1;
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is not worth failing the figure for.
            }
        }
    }

    private static double MeasureJudgeOnly(ICallJudge judge, ICallClassifier classifier, string input, int count)
    {
        var files = Directory.GetFiles(Path.Combine(input, "transcripts")).Order(StringComparer.Ordinal).Take(count).ToList();
        var transcripts = files.Select(f => Pipeline.Ingest.TranscriptReader.Read(f, Path.GetFileNameWithoutExtension(f))).ToList();
        var call = new CallRecord { CallId = "bench", StartedAt = DateTimeOffset.UnixEpoch, OperatorId = "op-1" };
        // Warm-up over the whole set: tiered JIT and the matcher's word cache settle before the clock starts.
        foreach (var t in transcripts)
        {
            judge.Judge(call, t, TranscriptSource.Transcript, SpeedCalculator.Compute(t.Segments, null, null, null));
        }

        var clock = Stopwatch.StartNew();
        foreach (var t in transcripts)
        {
            judge.Judge(call, t, TranscriptSource.Transcript, SpeedCalculator.Compute(t.Segments, null, null, null));
        }

        var rate = transcripts.Count / clock.Elapsed.TotalSeconds;
        if (judge is ScriptCallJudge scriptJudge)
        {
            // Where the judge's time goes: matching the script versus the two ML.NET classifiers.
            clock.Restart();
            foreach (var t in transcripts)
            {
                TranscriptAnalyzer.Analyze(t, scriptJudge.Script, "op-1");
            }

            var matching = clock.Elapsed.TotalMilliseconds / transcripts.Count;
            clock.Restart();
            foreach (var t in transcripts)
            {
                DialogueFeaturizer.From(t.Segments);
            }

            var views = clock.Elapsed.TotalMilliseconds / transcripts.Count;
            clock.Restart();
            foreach (var t in transcripts)
            {
                classifier.Classify(t.Segments);
            }

            var classify = clock.Elapsed.TotalMilliseconds / transcripts.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"judge     {1000 / rate:0.000} ms/call: script matching {matching:0.000}, classifier text views {views:0.000}, topic and resolution with their views {classify:0.000}"));

            // The rest of a call's way, on one thread: reading its transcript file, and its masked rows for storage.
            clock.Restart();
            foreach (var f in files)
            {
                Pipeline.Ingest.TranscriptReader.Read(f, Path.GetFileNameWithoutExtension(f));
            }

            var ingest = clock.Elapsed.TotalMilliseconds / files.Count;
            var scored = transcripts.Select(t => new ScoredCall(call, TranscriptSource.Transcript, t.Segments, 1,
                judge.Judge(call, t, TranscriptSource.Transcript, SpeedCalculator.Compute(t.Segments, null, null, null)))).ToList();
            foreach (var s in scored)
            {
                ResultStore.Prepare(s);
            }

            clock.Restart();
            foreach (var s in scored)
            {
                ResultStore.Prepare(s);
            }

            var rows = clock.Elapsed.TotalMilliseconds / scored.Count;

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"other     transcript file read+parse {ingest:0.000} ms/call, masked storage rows {rows:0.000} ms/call (one thread)"));
        }

        return rate;
    }

    /// <summary>calls.csv and transcripts/*.json made from corpus dialogues, every other one ASR-noisy, with timings.</summary>
    private static void Generate(string input, int calls)
    {
        var corpus = CorpusReader.ReadDirectory(FindCorpus());
        var transcripts = Path.Combine(input, "transcripts");
        Directory.CreateDirectory(transcripts);
        var csv = new StringBuilder("call_id,started_at,operator_id,team,service_category,recording,queue_wait_s,hold_s\n");
        var day = new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.FromHours(3));
        for (var i = 0; i < calls; i++)
        {
            var source = corpus[i % corpus.Count];
            var dialogue = i % 2 == 0 ? source : CorpusAugmenter.NoisyCopy(source, i);
            var id = $"b-{i:D6}";
            csv.Append(CultureInfo.InvariantCulture, $"{id},{day.AddSeconds(i * 3):yyyy-MM-ddTHH:mm:sszzz},op-{i % 40},T{i % 4},общая,,{i % 60},0\n");
            var json = JsonSerializer.Serialize(new
            {
                call_id = id,
                language = "ru",
                segments = dialogue.Segments.Select(s => new
                {
                    speaker = s.Speaker == Speaker.Operator ? "operator" : "customer",
                    start = s.Start,
                    end = s.End,
                    text = s.Text,
                }),
            });
            File.WriteAllText(Path.Combine(transcripts, id + ".json"), json);
        }

        File.WriteAllText(Path.Combine(input, "calls.csv"), csv.ToString());
    }

    private static string FindCorpus()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("models/corpus not found: run scripts/bench from the repository.");
    }
}

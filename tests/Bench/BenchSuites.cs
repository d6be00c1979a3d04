namespace QualityAnalytics.Bench;

/// <summary>Dispatches `scripts/bench &lt;suite&gt;`. Register each suite here.</summary>
public static class BenchSuites
{
    private static readonly IBenchSuite[] Suites =
    [
        new ScoringBench(),
        new AudioBench(),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var suite = args.Length > 0 ? Suites.FirstOrDefault(s => s.Name == args[0]) : null;
        if (suite is null)
        {
            Console.Error.WriteLine("usage: scripts/bench <suite> [options]");
            foreach (var s in Suites)
            {
                Console.Error.WriteLine($"  {s.Name,-10} {s.Description}");
            }

            return 2;
        }

        return await suite.RunAsync(args[1..]);
    }
}

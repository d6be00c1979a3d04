using QualityAnalytics.Models.Calls;
using QualityAnalytics.Pipeline.Speed;

namespace QualityAnalytics.Pipeline.Tests.Speed;

[TestClass]
public sealed class SpeedCalculatorTests
{
    private static Segment Op(double start, double end) => new(Speaker.Operator, start, end, "");
    private static Segment Cu(double start, double end) => new(Speaker.Customer, start, end, "");

    [TestMethod]
    public void Compute_FollowsContractDefinitions_OnCraftedTimeline()
    {
        // op 0.5-3 | cu 3.5-6 | op 7-9 (latency 1.0) | cu 8.5-12 (overlap 0.5) | op 16-18 (gap 4.0, latency 4.0)
        Segment[] segments = [Op(0.5, 3), Cu(3.5, 6), Op(7, 9), Cu(8.5, 12), Op(16, 18)];

        var speed = SpeedCalculator.Compute(segments, recordingDurationS: 20, queueWaitS: 18, holdS: 0);

        Assert.AreEqual(0.5, speed.FirstResponseS);
        Assert.AreEqual(2.5, speed.MeanResponseS!.Value, 1e-9);
        Assert.AreEqual(4.0, speed.P95ResponseS!.Value, 1e-9);
        Assert.AreEqual(4.0, speed.MaxSilenceS!.Value, 1e-9);
        Assert.AreEqual(4.0 / 20, speed.DeadAirRatio!.Value, 1e-9);
        Assert.AreEqual(0.5 / 20, speed.OvertalkRatio!.Value, 1e-9);
        Assert.AreEqual(20, speed.HandleS);
        Assert.AreEqual(18, speed.QueueWaitS);
        Assert.AreEqual(0, speed.HoldS);
    }

    [TestMethod]
    public void Compute_UsesLastSegmentEnd_WhenThereIsNoRecording()
    {
        var speed = SpeedCalculator.Compute([Cu(0, 2), Op(2.2, 5)], recordingDurationS: null, queueWaitS: null, holdS: null);

        Assert.AreEqual(5, speed.HandleS);
        Assert.AreEqual(0.2, speed.MeanResponseS!.Value, 1e-9);
        Assert.AreEqual(0.2, speed.MaxSilenceS!.Value, 1e-9);
        Assert.IsNull(speed.QueueWaitS);
    }

    [TestMethod]
    public void Compute_ClampsNegativeLatencyToZero_WhenOperatorInterrupts()
    {
        var speed = SpeedCalculator.Compute([Cu(0, 4), Op(3, 5)], null, null, null);

        Assert.AreEqual(0, speed.MeanResponseS);
        Assert.AreEqual(1.0 / 5, speed.OvertalkRatio!.Value, 1e-9);
    }

    [TestMethod]
    public void Compute_IgnoresGapsShorterThanThreeSeconds_ForDeadAir()
    {
        var speed = SpeedCalculator.Compute([Op(0, 1), Cu(3.9, 5), Op(8, 10)], 10, null, null);

        Assert.AreEqual(3.0, speed.MaxSilenceS!.Value, 1e-9);
        Assert.AreEqual(3.0 / 10, speed.DeadAirRatio!.Value, 1e-9, "a gap of exactly 3.0 s counts");
    }

    [TestMethod]
    public void Compute_ReturnsNulls_WhenThereIsNoSpeech()
    {
        var speed = SpeedCalculator.Compute([], recordingDurationS: 30, queueWaitS: 5, holdS: null);

        Assert.IsNull(speed.FirstResponseS);
        Assert.IsNull(speed.MeanResponseS);
        Assert.IsNull(speed.P95ResponseS);
        Assert.IsNull(speed.MaxSilenceS);
        Assert.IsNull(speed.DeadAirRatio);
        Assert.AreEqual(30, speed.HandleS);
    }

    [TestMethod]
    [DataRow(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 }, 19.0)]
    [DataRow(new double[] { 5 }, 5.0)]
    [DataRow(new double[] { 3, 1, 2 }, 3.0)]
    public void NearestRank_TakesCeilingRank(double[] values, double expected)
    {
        Assert.AreEqual(expected, SpeedCalculator.NearestRank(values, 0.95));
    }

    [TestMethod]
    public void Compute_CountsLatencyOnlyForCustomerDirectlyFollowedByOperator()
    {
        // cu, cu, op: only the second customer segment is directly followed by the operator.
        var speed = SpeedCalculator.Compute([Cu(0, 1), Cu(2, 3), Op(5, 6)], null, null, null);

        Assert.AreEqual(2.0, speed.MeanResponseS);
    }
}

namespace Signals.Analytics;

/// <summary>Observation indices of one cross-validation fold, ascending.</summary>
/// <param name="Fold">0-based fold number.</param>
/// <param name="Train">Training indices, purged and embargoed around the test block.</param>
/// <param name="Test">Test indices.</param>
public sealed record CrossValidationFold(int Fold, int[] Train, int[] Test);

/// <summary>
/// Purged k-fold cross-validation with an embargo (López de Prado, <i>Advances in Financial Machine Learning</i>, ch. 7).
/// Observations are time-ordered; observation i's label is computed from observations i … labelEnd[i] (a forward
/// return over h bars has labelEnd = i + h). Test folds are contiguous blocks. A training observation is kept only if
/// its label window does not intersect the test fold's span [first test index, last test label end] (purging), and
/// observations after the test fold are further skipped for <c>embargo = ⌈embargoFraction · n⌉</c> positions past that
/// span, so that features built from data serially correlated with the test labels do not leak into training.
/// </summary>
public static class PurgedKFold
{
    /// <summary>Splits with a fixed label horizon: labelEnd[i] = min(i + labelHorizon, n − 1).</summary>
    public static IReadOnlyList<CrossValidationFold> Split(int observations, int labelHorizon, int folds = 5, double embargoFraction = 0.01)
    {
        if (labelHorizon < 0) throw new ArgumentOutOfRangeException(nameof(labelHorizon), labelHorizon, "Cannot be negative.");
        var labelEnd = new int[observations];
        for (int i = 0; i < observations; i++) labelEnd[i] = Math.Min(i + labelHorizon, observations - 1);
        return Split(labelEnd, folds, embargoFraction);
    }

    /// <summary>Splits given each observation's label end index (≥ its own index).</summary>
    public static IReadOnlyList<CrossValidationFold> Split(IReadOnlyList<int> labelEnd, int folds = 5, double embargoFraction = 0.01)
    {
        ArgumentNullException.ThrowIfNull(labelEnd);
        int n = labelEnd.Count;
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), folds, "Need at least 2 folds.");
        if (n < folds) throw new ArgumentException($"{n} observations cannot make {folds} folds.", nameof(labelEnd));
        if (!(embargoFraction >= 0 && embargoFraction < 1)) throw new ArgumentOutOfRangeException(nameof(embargoFraction), embargoFraction, "Must lie in [0, 1).");
        for (int i = 0; i < n; i++)
            if (labelEnd[i] < i) throw new ArgumentException($"Label of observation {i} ends at {labelEnd[i]}, before it starts.", nameof(labelEnd));
        int embargo = (int)Math.Ceiling(embargoFraction * n);

        var result = new CrossValidationFold[folds];
        for (int k = 0; k < folds; k++)
        {
            // Fold sizes differ by at most one, earlier folds larger (as numpy.array_split).
            int testStart = k * (n / folds) + Math.Min(k, n % folds);
            int testEnd = testStart + n / folds + (k < n % folds ? 1 : 0);
            int spanEnd = testStart;
            for (int i = testStart; i < testEnd; i++) spanEnd = Math.Max(spanEnd, labelEnd[i]);

            var train = new List<int>(n);
            for (int i = 0; i < testStart; i++)
                if (labelEnd[i] < testStart) train.Add(i);
            for (int i = Math.Max(testEnd, spanEnd + 1 + embargo); i < n; i++) train.Add(i);

            var test = new int[testEnd - testStart];
            for (int i = 0; i < test.Length; i++) test[i] = testStart + i;
            result[k] = new CrossValidationFold(k, train.ToArray(), test);
        }
        return result;
    }
}

using Whisper.net.Ggml;

namespace QualityAnalytics.Pipeline.Transcription;

/// <summary>Fetches a Whisper GGML model with Whisper.net's downloader into a file, atomically.</summary>
/// <remarks>The download goes to a temporary file beside the target and is renamed at the end, so an interrupted
/// or offline download never leaves a truncated model that would later fail every transcription.</remarks>
public sealed class WhisperModelDownloader(HttpClient httpClient)
{
    public static IReadOnlyDictionary<string, GgmlType> Sizes { get; } = new Dictionary<string, GgmlType>(StringComparer.OrdinalIgnoreCase)
    {
        ["base"] = GgmlType.Base,
        ["small"] = GgmlType.Small,
        ["medium"] = GgmlType.Medium,
    };

    public static string FileName(string size) => $"ggml-{size.ToLowerInvariant()}.bin";

    /// <summary>Downloads the model; returns the bytes written.</summary>
    /// <exception cref="ModelDownloadException">The model could not be fetched (offline, refused, interrupted).</exception>
    public async Task<long> DownloadAsync(string size, string targetPath, CancellationToken cancellationToken)
    {
        if (!Sizes.TryGetValue(size, out var type))
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "expected base, small or medium");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(targetPath))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(targetPath)}.{Guid.NewGuid():N}.part");
        try
        {
            long written;
            await using (var model = await new WhisperGgmlDownloader(httpClient).GetGgmlModelAsync(type, QuantizationType.NoQuantization, cancellationToken).ConfigureAwait(false))
            await using (var file = File.Create(temporary))
            {
                await model.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
                written = file.Length;
            }

            if (written == 0)
            {
                throw new ModelDownloadException($"the {size} model download returned no data");
            }

            File.Move(temporary, targetPath, overwrite: true);
            return written;
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ModelDownloadException($"could not download the Whisper {size} model ({e.Message}); are we offline? " +
                "Copy a ggml model file by hand and point QA_WHISPER_MODEL at it.", e);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}

using System.Text;
using Playbook.Diagnostics;

namespace Playbook.Files;

/// <summary>
/// Text files of the input (pages and playbook.yml) and the theme's layouts and includes must be
/// UTF-8. A byte that is not is an error at its line and column, never a silent replacement
/// character in the site.
/// </summary>
public static class Utf8Text
{
    public const string Rule = "PB0113";

    internal static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text without a byte-order mark, or null after reporting where the bytes stop being UTF-8.</summary>
    public static string? Decode(string path, byte[] bytes, DiagnosticList diagnostics)
    {
        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var (line, column) = LineOfByte(bytes, e.Index);
            diagnostics.Add(Diagnostic.Error(path, line, column, Rule,
                $"invalid UTF-8 at byte offset {e.Index}; save the file as UTF-8 in your editor"));
            return null;
        }
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    /// <summary>Line and column of a byte, the column counted in characters as an editor shows it.</summary>
    internal static (int Line, int Column) LineOfByte(byte[] bytes, int index)
    {
        var (line, column) = (1, 1);
        for (var i = 0; i < Math.Min(index, bytes.Length); i++)
        {
            if (bytes[i] == (byte)'\n') (line, column) = (line + 1, 1);
            else if ((bytes[i] & 0xC0) != 0x80) column++; // continuation bytes belong to the character before them
        }
        return (line, column);
    }
}

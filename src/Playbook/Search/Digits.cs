using System.Text;

namespace Playbook.Search;

/// <summary>
/// Numbers as URL- and JSON-safe characters, six bits each, so postings stay small and need no
/// escaping. A varint uses five bits per character, most significant first, with 32 added to
/// every character but the last; small gaps between page numbers take one character.
/// </summary>
public static class Digits
{
    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    public static void AppendVarint(StringBuilder sb, int value)
    {
        var groups = 1;
        while (value >> (5 * groups) > 0) groups++;
        for (var g = groups - 1; g >= 0; g--)
            sb.Append(Alphabet[((value >> (5 * g)) & 31) | (g > 0 ? 32 : 0)]);
    }

    public static void AppendFixed(StringBuilder sb, int value, int width)
    {
        for (var g = width - 1; g >= 0; g--) sb.Append(Alphabet[(value >> (6 * g)) & 63]);
    }

    public static int Value(char digit) => Alphabet.IndexOf(digit);
}

using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Cdg.Inscription.Tests.Api;

/// <summary>
/// Generators over whole ranges: strings of any UTF-16 code units (lone surrogates included) and
/// any Unicode code points, dates anywhere in the range of any calendar system, instants anywhere
/// between <see cref="Instant.MinValue"/> and <see cref="Instant.MaxValue"/>.
/// </summary>
internal static class WholeRange
{
    private static readonly long MinTicks = Instant.MinValue.ToUnixTimeTicks();
    private static readonly long MaxTicks = Instant.MaxValue.ToUnixTimeTicks();

    /// <summary>Any string: code units from 0 to U+FFFF, code points from 0 to U+10FFFF, up to 40 of them.</summary>
    public static Gen<string> Strings()
    {
        var codeUnit = Gen.Choose(0, 0xFFFF).Select(u => ((char)u).ToString());
        var codePoint = Gen.Choose(0, 0x10FFFF).Where(p => p is < 0xD800 or > 0xDFFF).Select(char.ConvertFromUtf32);
        var piece = Gen.OneOf(codeUnit, codePoint);
        return Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(piece, n)).Select(string.Concat);
    }

    /// <summary>Any date of any calendar of <see cref="CalendarSystem.Ids"/>, from its first day to its last.</summary>
    public static Gen<LocalDate> Dates() =>
        Gen.Elements(CalendarSystem.Ids.ToArray()).Select(CalendarSystem.ForId).SelectMany(calendar =>
        {
            var first = new LocalDate(calendar.MinYear, 1, 1, calendar);
            var lastMonth = calendar.GetMonthsInYear(calendar.MaxYear);
            var last = new LocalDate(calendar.MaxYear, lastMonth, calendar.GetDaysInMonth(calendar.MaxYear, lastMonth), calendar);
            var days = Period.Between(first, last, PeriodUnits.Days).Days;
            return Gen.Choose(0, days).Select(first.PlusDays);
        });

    /// <summary>Any instant: a tick count between those of <see cref="Instant.MinValue"/> and <see cref="Instant.MaxValue"/>.</summary>
    public static Gen<Instant> Instants()
    {
        var range = (ulong)(MaxTicks - MinTicks) + 1;
        var half = Gen.Choose(int.MinValue, int.MaxValue).Select(i => (ulong)(uint)i);
        return half.SelectMany(high => half.Select(low => (high << 32) | low))
            .Select(bits => Instant.FromUnixTimeTicks(MinTicks + (long)(bits % range)));
    }
}

using System.Collections.Frozen;
using System.Text;

namespace CorpusLint.Model.Attribution;

/// <summary>Folds a name to its ASCII skeleton, so that spellings with and without diacritics compare equal.</summary>
public static class NameFolding
{
    // Latin letters with diacritics (Latin-1 Supplement, Latin Extended-A/B, Latin Extended Additional) and
    // their base letters, from the Unicode decompositions, plus the letters that do not decompose (Đ, Ø, Ł,
    // Ħ, Ŧ, ı, ...). A table rather than string.Normalize: with invariant globalization (how CorpusLint
    // ships) normalization is not available.
    private const string Accented =
        "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïðñòóôõöøùúûüýÿĀāĂăĄąĆ" +
        "ćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇň" +
        "ŊŋŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƀƉƗƠơƯưƵƶǍǎǏǐ" +
        "ǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨ" +
        "ȩȪȫȬȭȮȯȰȱȲȳɃḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳ" +
        "ḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳ" +
        "ṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹ" +
        "ẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";

    private const string Bases =
        "AAAAAACEEEEIIIIDNOOOOOOUUUUYaaaaaaceeeeiiiidnoooooouuuuyyAaAaAaC" +
        "cCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNn" +
        "NnOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzbDIOoUuZzAaIi" +
        "OoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaE" +
        "eOoOoOoOoYyBAaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKk" +
        "KkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUu" +
        "UuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwyAaAaAaAaAaAaAaAaAaAaAaAaEe" +
        "EeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy";

    private static readonly FrozenDictionary<char, char> BaseLetters =
        Accented.Zip(Bases).ToFrozenDictionary(pair => pair.First, pair => pair.Second);

    /// <summary>
    /// Removes diacritics and maps the letters that do not decompose: Đ→D, Ø→O, Ł→L, ß→ss, Æ→AE, Œ→OE,
    /// Ħ→H, Ŧ→T, ı→i, Þ→Th, ... Combining marks (text in decomposed form) are dropped. Case is kept.
    /// Returns <paramref name="text"/> itself when it is ASCII already.
    /// </summary>
    public static string Fold(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (BaseLetters.TryGetValue(c, out var letter))
            {
                builder.Append(letter);
                continue;
            }

            builder.Append(c switch
            {
                'ß' => "ss",
                'ẞ' => "SS",
                'Æ' or 'Ǽ' or 'Ǣ' => "AE",
                'æ' or 'ǽ' or 'ǣ' => "ae",
                'Œ' => "OE",
                'œ' => "oe",
                'Þ' => "Th",
                'þ' => "th",
                'Ĳ' => "IJ",
                'ĳ' => "ij",
                '’' or 'ʼ' or '‘' => "'",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}

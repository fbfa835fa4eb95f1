// The catalogues (daicho_ja.qm, daicho_en.qm) are compiled into this library as Qt
// resources under :/daicho/i18n; core/i18n/Translations.cpp loads them. A static library
// needs at least one source file of its own.
namespace daicho {
int translationsAnchor()
{
    return 0;
}
} // namespace daicho

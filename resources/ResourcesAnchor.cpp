// The icon is compiled into this library as Qt resources under :/daicho/icons (the window and
// the sign-in dialog show it). A static library needs at least one source file of its own.
namespace daicho {
int resourcesAnchor()
{
    return 0;
}
} // namespace daicho

# Writes a C++ source holding the bytes of the client bundle.
#   cmake -DINPUT=lview.js -DOUTPUT=client_bundle.cpp -P embed.cmake
file(READ "${INPUT}" hex HEX)
file(SHA256 "${INPUT}" digest)
string(SUBSTRING "${digest}" 0 16 digest)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
"// Generated from the esbuild bundle of runtime/client/app.js. DO NOT EDIT.
#include <string_view>

namespace lview {
namespace {
const unsigned char kBytes[${size}] = {
${bytes}
};
}  // namespace
extern const std::string_view kClientBundle(reinterpret_cast<const char*>(kBytes), ${size});
extern const std::string_view kClientBundleHash(\"${digest}\");
}  // namespace lview
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")

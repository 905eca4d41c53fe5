// Signed tokens (HMAC-SHA256, OpenSSL): the view session in data-phx-session
// and the CSRF token in the page's meta tag. Format: base64url(payload) "."
// base64url(mac). A token that verifies was made by a server holding the
// same secret; set LVIEW_SECRET so tokens survive a restart.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lview::detail {

class Signer {
 public:
  explicit Signer(std::string secret);

  std::string sign(std::string_view payload) const;
  // The payload, when the mac matches.
  std::optional<std::string> verify(std::string_view token) const;

 private:
  std::string secret_;
};

std::string random_id(std::size_t bytes = 12);  // base64url of random bytes
std::string base64url(std::string_view bytes);
std::optional<std::string> base64url_decode(std::string_view text);
std::int64_t unix_now();

// Frees OpenSSL's per-thread state (its random generator); for threads that
// end before the process does, such as App's io threads.
void release_thread_crypto();

}  // namespace lview::detail

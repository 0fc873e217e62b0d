// Content hashes for the build manifest and the extraction cache: SHA-256 through OpenSSL's
// EVP interface (libcrypto).
#pragma once

#include <string>
#include <string_view>

namespace kg::graph {

inline constexpr size_t kSha256Size = 32;

// The SHA-256 digest of `bytes`: 32 raw bytes.
std::string sha256(std::string_view bytes);

// Lower-case hexadecimal of raw bytes (64 characters for a SHA-256 digest).
std::string to_hex(std::string_view raw);

}  // namespace kg::graph

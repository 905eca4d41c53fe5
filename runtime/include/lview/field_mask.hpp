// One bit per context field of a view (at most 64, checked by lviewc).
// socket.assign() sets the bits of the fields whose value changed; a diff
// visits only the slots whose mask intersects them (Svelte's `dirty`).
#pragma once

#include <cstdint>

namespace lview {

class FieldMask {
 public:
  constexpr FieldMask() = default;
  constexpr explicit FieldMask(std::uint64_t bits) : bits_(bits) {}

  static constexpr FieldMask all() { return FieldMask(~std::uint64_t{0}); }

  constexpr std::uint64_t bits() const { return bits_; }
  constexpr bool none() const { return bits_ == 0; }
  constexpr bool any() const { return bits_ != 0; }
  constexpr bool intersects(FieldMask other) const { return (bits_ & other.bits_) != 0; }

  constexpr FieldMask& operator|=(FieldMask other) {
    bits_ |= other.bits_;
    return *this;
  }
  friend constexpr FieldMask operator|(FieldMask a, FieldMask b) { return FieldMask(a.bits_ | b.bits_); }
  friend constexpr FieldMask operator&(FieldMask a, FieldMask b) { return FieldMask(a.bits_ & b.bits_); }
  friend constexpr bool operator==(FieldMask, FieldMask) = default;

 private:
  std::uint64_t bits_ = 0;
};

}  // namespace lview

// lview::core: escaping, payload decoding, field masks.
#include <catch2/catch.hpp>

#include <lview/buffer.hpp>
#include <lview/field_mask.hpp>
#include <lview/params.hpp>

TEST_CASE("HTML escaping covers the five special characters and keeps UTF-8") {
  CHECK(lview::html_escape("<a href=\"x\">Tom & 'Jerry'</a> 🛒") ==
        "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt; 🛒");
  CHECK(lview::html_escape("plain") == "plain");
}

TEST_CASE("JSON escaping of HTML text escapes both layers in one pass") {
  lview::Buffer b;
  b.append_json_html("<\"\\\n\t\x01>");
  CHECK(b.str() == "&lt;&quot;\\\\\\n\\t\\u0001&gt;");
  lview::Buffer raw;
  raw.append_json("<b a=\"1\">\\</b>");
  CHECK(raw.str() == "<b a=\\\"1\\\">\\\\</b>");
}

TEST_CASE("urlencoded form bodies decode keys and values; the last repeated key wins") {
  auto p = lview::parse_urlencoded("user%5Bname%5D=jo+ann&step=2&step=3&empty=&flag&bad=%zz");
  CHECK(p.get("user[name]") == "jo ann");
  CHECK(p.get("step") == "3");
  CHECK(p.get("empty") == "");
  CHECK(p.get("flag") == "");
  CHECK(p.get("bad") == "%zz");
  CHECK_FALSE(p.get("missing"));
}

TEST_CASE("typed decoding accepts good values and words bad ones") {
  lview::DecodeError e;
  std::int64_t i = 0;
  double f = 0;
  bool b = true;
  std::string s;
  std::optional<std::int64_t> o = 5;
  lview::Params p{{"i", " 42 "}, {"f", "2.5"}, {"b", "on"}, {"s", "<x>"}, {"bad", "abc"}, {"inf", "1e999"}};
  CHECK(lview::decode_field(p, "i", i, true, e));
  CHECK(i == 42);
  CHECK(lview::decode_field(p, "f", f, true, e));
  CHECK(f == 2.5);
  CHECK(lview::decode_field(p, "b", b, true, e));
  CHECK(b);
  CHECK(lview::decode_field(p, "absent", b, true, e));
  CHECK_FALSE(b);  // a checkbox that is not checked sends nothing
  CHECK(lview::decode_field(p, "s", s, true, e));
  CHECK(s == "<x>");
  CHECK(lview::decode_field(p, "absent", o, false, e));
  CHECK_FALSE(o);
  CHECK_FALSE(lview::decode_field(p, "bad", i, true, e));
  CHECK(e.message == "field 'bad': expected an integer, got \"abc\"");
  CHECK_FALSE(lview::decode_field(p, "inf", f, true, e));
  CHECK_FALSE(lview::decode_field(p, "bad", b, true, e));
  CHECK_FALSE(lview::decode_field(p, "absent", i, true, e));
  CHECK(e.message == "missing field 'absent'");
}

TEST_CASE("field masks combine and intersect") {
  lview::FieldMask a{0b01}, b{0b10};
  CHECK((a | b).bits() == 0b11);
  CHECK_FALSE(a.intersects(b));
  CHECK((a | b).intersects(b));
  CHECK(lview::FieldMask{}.none());
}

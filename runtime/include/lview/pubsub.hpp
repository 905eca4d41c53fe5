// In-process publish/subscribe. A view subscribes with socket.subscribe(topic);
// app.pubsub().broadcast(topic, Info{...}) reaches every subscribed view whose
// infos include that type, through handle_info, on each view's own strand.
#pragma once

#include <any>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace lview {

class PubSub {
 public:
  using Deliver = std::function<void(const std::any&)>;

  template <class Message>
  void broadcast(const std::string& topic, Message message) {
    publish(topic, std::any(std::move(message)));
  }
  void publish(const std::string& topic, const std::any& message);

  // Returns a key for unsubscribe. `deliver` may be called from any thread.
  std::uint64_t subscribe(const std::string& topic, Deliver deliver);
  void unsubscribe(const std::string& topic, std::uint64_t key);
  std::size_t subscriber_count() const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::map<std::uint64_t, Deliver>> topics_;
  std::uint64_t next_key_ = 1;
};

}  // namespace lview

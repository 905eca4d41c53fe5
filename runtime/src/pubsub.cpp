#include "lview/pubsub.hpp"

namespace lview {

void PubSub::publish(const std::string& topic, const std::any& message) {
  std::vector<Deliver> targets;
  {
    std::lock_guard lock(mutex_);
    auto it = topics_.find(topic);
    if (it == topics_.end()) return;
    for (auto& [key, deliver] : it->second) targets.push_back(deliver);
  }
  // Delivered outside the lock: a subscriber may subscribe or broadcast itself.
  for (auto& deliver : targets) deliver(message);
}

std::uint64_t PubSub::subscribe(const std::string& topic, Deliver deliver) {
  std::lock_guard lock(mutex_);
  std::uint64_t key = next_key_++;
  topics_[topic].emplace(key, std::move(deliver));
  return key;
}

void PubSub::unsubscribe(const std::string& topic, std::uint64_t key) {
  std::lock_guard lock(mutex_);
  auto it = topics_.find(topic);
  if (it == topics_.end()) return;
  it->second.erase(key);
  if (it->second.empty()) topics_.erase(it);
}

std::size_t PubSub::subscriber_count() const {
  std::lock_guard lock(mutex_);
  std::size_t n = 0;
  for (const auto& [topic, subs] : topics_) n += subs.size();
  return n;
}

}  // namespace lview

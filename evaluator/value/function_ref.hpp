#pragma once
// A non-owning reference to a callable (like the proposed std::function_ref): cheap to pass,
// no allocation. The callable must outlive the call it is passed to.
#include <type_traits>
#include <utility>

namespace tlatrace::eval {

template <typename Signature>
class FunctionRef;

/// Non-owning callable reference with signature R(Args...).
template <typename R, typename... Args>
class FunctionRef<R(Args...)> {
 public:
  template <typename F,
            typename = std::enable_if_t<!std::is_same_v<std::decay_t<F>, FunctionRef>>>
  FunctionRef(F&& f) noexcept  // NOLINT: implicit by design
      : object_(const_cast<void*>(static_cast<const void*>(&f))),
        call_([](void* obj, Args... args) -> R {
          return (*static_cast<std::remove_reference_t<F>*>(obj))(std::forward<Args>(args)...);
        }) {}
  R operator()(Args... args) const { return call_(object_, std::forward<Args>(args)...); }

 private:
  void* object_;
  R (*call_)(void*, Args...);
};

}  // namespace tlatrace::eval

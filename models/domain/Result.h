#pragma once

#include "ApiError.h"

#include <optional>
#include <utility>

// A value or an ApiError. Errors ride in the value so futures never carry exceptions.
template<typename T>
class Result
{
public:
    Result() : m_error(ApiError::local(ApiError::Kind::Internal, QStringLiteral("rankdesk.empty"), {})) { }
    Result(T value) : m_value(std::move(value)) { }
    Result(ApiError error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // On a temporary, hand the value out: `for (x : store.items(id).value())` must not dangle.
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const ApiError &error() const { return m_error; }
    T value_or_default() const { return m_value.value_or(T {}); }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

struct Unit
{
};

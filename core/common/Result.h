#pragma once

#include "common/Error.h"

#include <optional>
#include <utility>
#include <variant>

namespace daicho {

// Expected-style result: either a value or an Error. Functions that can fail return it
// instead of out-parameters or lastError() state.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail), {}};
}

// The same failure told in the words of the operation it stopped: `message` takes the cause's
// message as %1; the code and the detail stay the cause's.
inline Error restated(const Error& cause, const QString& message)
{
    return makeError(cause.code, message.arg(cause.message), cause.detail);
}

} // namespace daicho

// Propagates an error from an expression returning Result/Status.
#define DAICHO_TRY(expr)                                                                                               \
    do {                                                                                                               \
        auto daichoTryResult_ = (expr);                                                                                \
        if (!daichoTryResult_.ok())                                                                                    \
            return daichoTryResult_.error();                                                                           \
    } while (false)

#pragma once

#include <QFuture>
#include <QPromise>

#include <memory>

// Small helpers for composing QFuture-based calls: a started promise that can be shared by the
// lambdas of a multi-request operation, and one call that resolves it.
namespace Async {

template<typename T>
std::shared_ptr<QPromise<T>> startedPromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

template<typename T>
void resolve(const std::shared_ptr<QPromise<T>> &promise, T value)
{
    promise->addResult(std::move(value));
    promise->finish();
}

template<typename T>
QFuture<T> ready(T value)
{
    auto promise = startedPromise<T>();
    resolve(promise, std::move(value));
    return promise->future();
}

} // namespace Async

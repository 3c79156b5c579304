#pragma once

#include <QCoreApplication>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QPointer>
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

// Waits for a future in a local event loop: for programs that do one thing at a time (the CLI, the
// desktop app's start-up), never inside the GUI's own work.
template<typename T>
T await(QFuture<T> future)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

// Calls f(result) on the receiver's (GUI) thread when the future finishes, unless the receiver is
// gone by then: a window closed while its request was in flight. (Qt 6.4's then(context, …) asserts
// when its context dies first, so the context here is the application and the receiver is guarded.)
template<typename T, typename Receiver, typename F>
void whenReady(QFuture<T> future, Receiver *receiver, F &&f)
{
    future.then(QCoreApplication::instance(), [guard = QPointer<Receiver>(receiver), f = std::forward<F>(f)](const T &value) mutable {
        if (guard)
            f(value);
    });
}

} // namespace Async

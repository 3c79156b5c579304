#pragma once

#include "HttpTransport.h"
#include "domain/ApiError.h"

// Maps every Roblox answer shape to ApiError: Open Cloud {code,message}, the gateway and legacy
// {errors:[{code,message}]} (also the flat legacy form), and transport failures.
namespace RobloxErrorMapper {
ApiError map(const HttpResponse &response);
} // namespace RobloxErrorMapper

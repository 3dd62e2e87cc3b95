#pragma once
// The whole tracing API in one include. See docs/instrument.md.
#include "instrument/async_sink.hpp"
#include "instrument/clock.hpp"
#include "instrument/environment.hpp"
#include "instrument/event.hpp"
#include "instrument/file_sink.hpp"
#include "instrument/memory_sink.hpp"
#include "instrument/record.hpp"
#include "instrument/sink.hpp"
#include "instrument/to_tla.hpp"
#include "instrument/tracer.hpp"

# tlatrace_use_fast_allocator(TARGET): links jemalloc (Debian libjemalloc-dev) into an
# executable, so every malloc/free and operator new/delete of the process goes through it.
# Model checking allocates and frees millions of small value payloads per second in bursts (a
# level's states die together); glibc keeps only a few blocks per size in its thread cache and
# sends the rest through its locked bins and malloc_consolidate. Executables only: libraries
# stay allocator-neutral. Not under the sanitizers, which must see every allocation.
find_library(TLATRACE_JEMALLOC_LIBRARY NAMES jemalloc libjemalloc.so.2)
function(tlatrace_use_fast_allocator target)
  if(TLATRACE_SANITIZE)
    return()
  endif()
  if(NOT TLATRACE_JEMALLOC_LIBRARY)
    message(WARNING "jemalloc not found (Debian: libjemalloc-dev): ${target} uses the C library's allocator")
    return()
  endif()
  target_link_libraries(${target} PRIVATE ${TLATRACE_JEMALLOC_LIBRARY})
endfunction()

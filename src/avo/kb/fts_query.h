// Turning what a person or an agent types into an FTS5 MATCH expression that cannot fail.
//
// Why: FTS5 gives meaning to " * ^ : ( ) - + AND OR NOT NEAR; an agent searching for
// `cp.async.bulk.tensor`, `__syncthreads()` or `-O3` must get results, not a syntax error. Every
// term is therefore wrapped as an FTS5 string ("..."), which the tokenizer turns into a phrase:
// "cp.async.bulk.tensor" matches those four tokens in a row. Double-quoted parts of the query
// stay one phrase; a bare term ending in '*' becomes a prefix query. Terms with no letter or digit
// are dropped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace avo::kb {

// The terms of `query`, each already an FTS5 string ("..." with inner quotes doubled, maybe a
// trailing *). Empty when the query has no searchable term.
std::vector<std::string> QueryTerms(std::string_view query);

// Terms joined by `op` ("AND" or "OR"); empty when there are none.
std::string JoinTerms(const std::vector<std::string>& terms, const std::string& op);

}  // namespace avo::kb

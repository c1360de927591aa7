#pragma once

#include "print/paperdata.h"

// A filled-in ticket for the paper tests, the benchmark and the samples in docs/papers.
namespace rc::print::test {

PaperData samplePaper();
// The same with count quote lines (parts and labour, some covered by the warranty).
PaperData sampleWithLines(int count);

} // namespace rc::print::test

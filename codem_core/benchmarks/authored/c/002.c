//@@ header
#include <stdio.h>
#include <math.h>
//@@ helpers
//@@ doc_append
//@@ signature
float truncate_number(float number) {
//@@ solution
    return number - (int)number;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(fabs(truncate_number(3.5f) - 0.5) < 1e-4);
    }
    {
        assert(fabs(truncate_number(1.33f) - 0.33) < 1e-4);
    }
    {
        assert(fabs(truncate_number(123.456f) - 0.456) < 1e-4);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(fabs(truncate_number(3.5f) - 0.5) < 1e-4);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed truncate_number.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).

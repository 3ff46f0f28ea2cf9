//@@ header
#include <stdio.h>
#include <math.h>
//@@ helpers
//@@ doc_append
//@@ signature
float triangle_area(float a, float h) {
//@@ solution
    return (a * h) * 0.5;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(fabs(triangle_area(5.0f, 3.0f) - 7.5) < 1e-4);
    }
    {
        assert(fabs(triangle_area(2.0f, 2.0f) - 2.0) < 1e-4);
    }
    {
        assert(fabs(triangle_area(10.0f, 8.0f) - 40.0) < 1e-4);
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
        assert(fabs(triangle_area(5.0f, 3.0f) - 7.5) < 1e-4);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed triangle_area.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).

//@@ header
#include <stdio.h>
#include <math.h>
//@@ helpers
//@@ doc_append
//@@ signature
float triangle_area(float a, float b, float c) {
//@@ solution
if (a + b <= c || a + c <= b || b + c <= a) return -1;
float s = (a + b + c) / 2;
float area = sqrtf(s * (s - a) * (s - b) * (s - c));
return roundf(area * 100) / 100;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        assert(fabs(triangle_area(3.0f, 4.0f, 5.0f) - 6.0) < 1e-4);
    }
    {
        assert(fabs(triangle_area(1.0f, 2.0f, 10.0f) - -1.0) < 1e-4);
    }
    {
        assert(fabs(triangle_area(4.0f, 8.0f, 5.0f) - 8.18) < 1e-4);
    }
    {
        assert(fabs(triangle_area(2.0f, 2.0f, 2.0f) - 1.73) < 1e-4);
    }
    {
        assert(fabs(triangle_area(1.0f, 2.0f, 3.0f) - -1.0) < 1e-4);
    }
    {
        assert(fabs(triangle_area(10.0f, 5.0f, 7.0f) - 16.25) < 1e-4);
    }
    {
        assert(fabs(triangle_area(2.0f, 6.0f, 3.0f) - -1.0) < 1e-4);
    }
    {
        assert(fabs(triangle_area(1.0f, 1.0f, 1.0f) - 0.43) < 1e-4);
    }
    {
        assert(fabs(triangle_area(2.0f, 2.0f, 10.0f) - -1.0) < 1e-4);
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
        assert(fabs(triangle_area(3.0f, 4.0f, 5.0f) - 6.0) < 1e-4);
    }
    {
        assert(fabs(triangle_area(1.0f, 2.0f, 10.0f) - -1.0) < 1e-4);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed triangle_area.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).

//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
float max_element(float *l, int size) {
//@@ solution
    float max = -10000;
    for (int i = 0; i < size; i++)
        if (max < l[i]) max = l[i];
    return max;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        float a0[] = {1.0f, 2.0f, 3.0f};
        assert(fabs(max_element(a0, 3) - 3.0) < 1e-4);
    }
    {
        float a0[] = {5.0f, 3.0f, -5.0f, 2.0f, -3.0f, 3.0f, 9.0f, 0.0f, 124.0f, 1.0f, -10.0f};
        assert(fabs(max_element(a0, 11) - 124.0) < 1e-4);
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
        float a0[] = {1.0f, 2.0f, 3.0f};
        assert(fabs(max_element(a0, 3) - 3.0) < 1e-4);
    }
    {
        float a0[] = {5.0f, 3.0f, -5.0f, 2.0f, -3.0f, 3.0f, 9.0f, 0.0f, 123.0f, 1.0f, -10.0f};
        assert(fabs(max_element(a0, 11) - 123.0) < 1e-4);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed max_element.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).

//@@ header
#include <stdio.h>
//@@ helpers
//@@ doc_append
//@@ signature
void derivative(const float *xs, int xs_size, float *out) {
//@@ solution
    for (int i = 1; i < xs_size; i++) {
        out[i - 1] = i * xs[i];
    }
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        float a0[] = {3.0f, 1.0f, 2.0f, 4.0f, 5.0f};
        float out[1024] = {0};
        derivative(a0, 5, out);
        assert(fabs(out[0] - 1.0) < 1e-4);
        assert(fabs(out[1] - 4.0) < 1e-4);
        assert(fabs(out[2] - 12.0) < 1e-4);
        assert(fabs(out[3] - 20.0) < 1e-4);
    }
    {
        float a0[] = {1.0f, 2.0f, 3.0f};
        float out[1024] = {0};
        derivative(a0, 3, out);
        assert(fabs(out[0] - 2.0) < 1e-4);
        assert(fabs(out[1] - 6.0) < 1e-4);
    }
    {
        float a0[] = {3.0f, 2.0f, 1.0f};
        float out[1024] = {0};
        derivative(a0, 3, out);
        assert(fabs(out[0] - 2.0) < 1e-4);
        assert(fabs(out[1] - 2.0) < 1e-4);
    }
    {
        float a0[] = {3.0f, 2.0f, 1.0f, 0.0f, 4.0f};
        float out[1024] = {0};
        derivative(a0, 5, out);
        assert(fabs(out[0] - 2.0) < 1e-4);
        assert(fabs(out[1] - 2.0) < 1e-4);
        assert(fabs(out[2] - 0.0) < 1e-4);
        assert(fabs(out[3] - 16.0) < 1e-4);
    }
    {
        float a0[] = {1.0f};
        float out[1024] = {0};
        derivative(a0, 1, out);
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
        float a0[] = {3.0f, 1.0f, 2.0f, 4.0f, 5.0f};
        float out[1024] = {0};
        derivative(a0, 5, out);
        assert(fabs(out[0] - 1.0) < 1e-4);
        assert(fabs(out[1] - 4.0) < 1e-4);
        assert(fabs(out[2] - 12.0) < 1e-4);
        assert(fabs(out[3] - 20.0) < 1e-4);
    }
    {
        float a0[] = {1.0f, 2.0f, 3.0f};
        float out[1024] = {0};
        derivative(a0, 3, out);
        assert(fabs(out[0] - 2.0) < 1e-4);
        assert(fabs(out[1] - 6.0) < 1e-4);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed derivative.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).

//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *out_len.
//@@ signature
float *derivative(const float *xs, int xs_size, int *out_len) {
//@@ solution
    int n = xs_size > 1 ? xs_size - 1 : 0;
    float *out = malloc((n > 0 ? n : 1) * sizeof(float));
    for (int i = 1; i < xs_size; i++) {
        out[i - 1] = i * xs[i];
    }
    *out_len = n;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        float a0[] = {3.0f, 1.0f, 2.0f, 4.0f, 5.0f};
        int n = -1;
        float *r = derivative(a0, 5, &n);
        assert(n == 4);
        assert(fabs(r[0] - 1.0) < 1e-4);
        assert(fabs(r[1] - 4.0) < 1e-4);
        assert(fabs(r[2] - 12.0) < 1e-4);
        assert(fabs(r[3] - 20.0) < 1e-4);
        free(r);
    }
    {
        float a0[] = {1.0f, 2.0f, 3.0f};
        int n = -1;
        float *r = derivative(a0, 3, &n);
        assert(n == 2);
        assert(fabs(r[0] - 2.0) < 1e-4);
        assert(fabs(r[1] - 6.0) < 1e-4);
        free(r);
    }
    {
        float a0[] = {3.0f, 2.0f, 1.0f};
        int n = -1;
        float *r = derivative(a0, 3, &n);
        assert(n == 2);
        assert(fabs(r[0] - 2.0) < 1e-4);
        assert(fabs(r[1] - 2.0) < 1e-4);
        free(r);
    }
    {
        float a0[] = {3.0f, 2.0f, 1.0f, 0.0f, 4.0f};
        int n = -1;
        float *r = derivative(a0, 5, &n);
        assert(n == 4);
        assert(fabs(r[0] - 2.0) < 1e-4);
        assert(fabs(r[1] - 2.0) < 1e-4);
        assert(fabs(r[2] - 0.0) < 1e-4);
        assert(fabs(r[3] - 16.0) < 1e-4);
        free(r);
    }
    {
        float a0[] = {1.0f};
        int n = -1;
        float *r = derivative(a0, 1, &n);
        assert(n == 0);
        free(r);
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
        int n = -1;
        float *r = derivative(a0, 5, &n);
        assert(n == 4);
        assert(fabs(r[0] - 1.0) < 1e-4);
        assert(fabs(r[1] - 4.0) < 1e-4);
        assert(fabs(r[2] - 12.0) < 1e-4);
        assert(fabs(r[3] - 20.0) < 1e-4);
        free(r);
    }
    {
        float a0[] = {1.0f, 2.0f, 3.0f};
        int n = -1;
        float *r = derivative(a0, 3, &n);
        assert(n == 2);
        assert(fabs(r[0] - 2.0) < 1e-4);
        assert(fabs(r[1] - 6.0) < 1e-4);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed derivative.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): caller buffer out -> returned malloc'd array + out_len.

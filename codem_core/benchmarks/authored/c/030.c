//@@ header
#include <stdio.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The result is allocated with malloc; the caller frees it.
The number of elements of the result is stored in *out_count.
//@@ signature
float* get_positive(const float* l, int count, int* out_count) {
//@@ solution
    float* out = (float*)malloc(count * sizeof(float));
    *out_count = 0;

    for (int i = 0; i < count; i++) {
        if (l[i] > 0) {
            out[(*out_count)++] = l[i];
        }
    }

    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        float a0[] = {-1.0f, -2.0f, 4.0f, 5.0f, 6.0f};
        int n = -1;
        float *r = get_positive(a0, 5, &n);
        assert(n == 3);
        assert(fabs(r[0] - 4.0) < 1e-4);
        assert(fabs(r[1] - 5.0) < 1e-4);
        assert(fabs(r[2] - 6.0) < 1e-4);
        free(r);
    }
    {
        float a0[] = {5.0f, 3.0f, -5.0f, 2.0f, 3.0f, 3.0f, 9.0f, 0.0f, 123.0f, 1.0f, -10.0f};
        int n = -1;
        float *r = get_positive(a0, 11, &n);
        assert(n == 8);
        assert(fabs(r[0] - 5.0) < 1e-4);
        assert(fabs(r[1] - 3.0) < 1e-4);
        assert(fabs(r[2] - 2.0) < 1e-4);
        assert(fabs(r[3] - 3.0) < 1e-4);
        assert(fabs(r[4] - 3.0) < 1e-4);
        assert(fabs(r[5] - 9.0) < 1e-4);
        assert(fabs(r[6] - 123.0) < 1e-4);
        assert(fabs(r[7] - 1.0) < 1e-4);
        free(r);
    }
    {
        float a0[] = {-1.0f, -2.0f};
        int n = -1;
        float *r = get_positive(a0, 2, &n);
        assert(n == 0);
        free(r);
    }
    {
        float a0[] = {0};
        int n = -1;
        float *r = get_positive(a0, 0, &n);
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
        float a0[] = {-1.0f, 2.0f, -4.0f, 5.0f, 6.0f};
        int n = -1;
        float *r = get_positive(a0, 5, &n);
        assert(n == 3);
        assert(fabs(r[0] - 2.0) < 1e-4);
        assert(fabs(r[1] - 5.0) < 1e-4);
        assert(fabs(r[2] - 6.0) < 1e-4);
        free(r);
    }
    {
        float a0[] = {5.0f, 3.0f, -5.0f, 2.0f, -3.0f, 3.0f, 9.0f, 0.0f, 123.0f, 1.0f, -10.0f};
        int n = -1;
        float *r = get_positive(a0, 11, &n);
        assert(n == 7);
        assert(fabs(r[0] - 5.0) < 1e-4);
        assert(fabs(r[1] - 3.0) < 1e-4);
        assert(fabs(r[2] - 2.0) < 1e-4);
        assert(fabs(r[3] - 3.0) < 1e-4);
        assert(fabs(r[4] - 9.0) < 1e-4);
        assert(fabs(r[5] - 123.0) < 1e-4);
        assert(fabs(r[6] - 1.0) < 1e-4);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed get_positive.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).

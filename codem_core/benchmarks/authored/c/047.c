//@@ header
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
//@@ signature
float median(const float *l, int size) {
//@@ solution
    float *s = malloc((size > 0 ? size : 1) * sizeof(float));
    for (int i = 0; i < size; i++) s[i] = l[i];
    for (int i = 0; i < size; i++) {
        for (int j = i + 1; j < size; j++) {
            if (s[i] > s[j]) {
                float temp = s[i];
                s[i] = s[j];
                s[j] = temp;
            }
        }
    }
    float m = size % 2 == 1 ? s[size / 2] : 0.5 * (s[size / 2] + s[size / 2 - 1]);
    free(s);
    return m;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        float a0[] = {3.0f, 1.0f, 2.0f, 4.0f, 5.0f};
        assert(fabs(median(a0, 5) - 3.0) < 1e-4);
    }
    {
        float a0[] = {-10.0f, 4.0f, 6.0f, 1000.0f, 10.0f, 20.0f};
        assert(fabs(median(a0, 6) - 8.0) < 1e-4);
    }
    {
        float a0[] = {5.0f};
        assert(fabs(median(a0, 1) - 5.0) < 1e-4);
    }
    {
        float a0[] = {6.0f, 5.0f};
        assert(fabs(median(a0, 2) - 5.5) < 1e-4);
    }
    {
        float a0[] = {8.0f, 1.0f, 3.0f, 9.0f, 9.0f, 2.0f, 7.0f};
        assert(fabs(median(a0, 7) - 7.0) < 1e-4);
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
        assert(fabs(median(a0, 5) - 3.0) < 1e-4);
    }
    {
        float a0[] = {-10.0f, 4.0f, 6.0f, 1000.0f, 10.0f, 20.0f};
        assert(fabs(median(a0, 6) - 8.0) < 1e-4);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed median.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): input const: the solution sorts a copy (LLM4Decompile sorted the caller's array in place).

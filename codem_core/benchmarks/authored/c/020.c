//@@ header
#include <stdio.h>
#include <math.h>
#include <float.h>
//@@ helpers
//@@ doc_append
//@@ signature
void find_closest_elements(float numbers[], int size, float out[2]) {
//@@ solution
    float min_diff = FLT_MAX;
    int i, j;

    out[0] = numbers[0];
    out[1] = numbers[1];

    for (i = 0; i < size; i++) {
        for (j = i + 1; j < size; j++) {
            float diff = fabs(numbers[i] - numbers[j]);
            if (diff < min_diff) {
                min_diff = diff;
                out[0] = numbers[i];
                out[1] = numbers[j];
            }
        }
    }

    if (out[0] > out[1]) {
        float temp = out[0];
        out[0] = out[1];
        out[1] = temp;
    }
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        float a0[] = {1.0f, 2.0f, 3.9f, 4.0f, 5.0f, 2.2f};
        float out[1024] = {0};
        find_closest_elements(a0, 6, out);
        assert(fabs(out[0] - 3.9) < 1e-4);
        assert(fabs(out[1] - 4.0) < 1e-4);
    }
    {
        float a0[] = {1.0f, 2.0f, 5.9f, 4.0f, 5.0f};
        float out[1024] = {0};
        find_closest_elements(a0, 5, out);
        assert(fabs(out[0] - 5.0) < 1e-4);
        assert(fabs(out[1] - 5.9) < 1e-4);
    }
    {
        float a0[] = {1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 2.2f};
        float out[1024] = {0};
        find_closest_elements(a0, 6, out);
        assert(fabs(out[0] - 2.0) < 1e-4);
        assert(fabs(out[1] - 2.2) < 1e-4);
    }
    {
        float a0[] = {1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 2.0f};
        float out[1024] = {0};
        find_closest_elements(a0, 6, out);
        assert(fabs(out[0] - 2.0) < 1e-4);
        assert(fabs(out[1] - 2.0) < 1e-4);
    }
    {
        float a0[] = {1.1f, 2.2f, 3.1f, 4.1f, 5.1f};
        float out[1024] = {0};
        find_closest_elements(a0, 5, out);
        assert(fabs(out[0] - 2.2) < 1e-4);
        assert(fabs(out[1] - 3.1) < 1e-4);
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
        float a0[] = {1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 2.2f};
        float out[1024] = {0};
        find_closest_elements(a0, 6, out);
        assert(fabs(out[0] - 2.0) < 1e-4);
        assert(fabs(out[1] - 2.2) < 1e-4);
    }
    {
        float a0[] = {1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 2.0f};
        float out[1024] = {0};
        find_closest_elements(a0, 6, out);
        assert(fabs(out[0] - 2.0) < 1e-4);
        assert(fabs(out[1] - 2.0) < 1e-4);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed find_closest_elements.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).

//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
//@@ helpers
//@@ doc_append
//@@ signature
int has_close_elements(float numbers[], int size, float threshold) {
//@@ solution
    int i, j;

    for (i = 0; i < size; i++)
        for (j = i + 1; j < size; j++)
            if (fabs(numbers[i] - numbers[j]) < threshold)
                return 1;

    return 0;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        float a0[] = {1.0f, 2.0f, 3.9f, 4.0f, 5.0f, 2.2f};
        assert(has_close_elements(a0, 6, 0.3f) == 1);
    }
    {
        float a0[] = {1.0f, 2.0f, 3.9f, 4.0f, 5.0f, 2.2f};
        assert(has_close_elements(a0, 6, 0.05f) == 0);
    }
    {
        float a0[] = {1.0f, 2.0f, 5.9f, 4.0f, 5.0f};
        assert(has_close_elements(a0, 5, 0.95f) == 1);
    }
    {
        float a0[] = {1.0f, 2.0f, 5.9f, 4.0f, 5.0f};
        assert(has_close_elements(a0, 5, 0.8f) == 0);
    }
    {
        float a0[] = {1.0f, 2.0f, 3.0f, 4.0f, 5.0f};
        assert(has_close_elements(a0, 5, 2.0f) == 1);
    }
    {
        float a0[] = {1.1f, 2.2f, 3.1f, 4.1f, 5.1f};
        assert(has_close_elements(a0, 5, 1.0f) == 1);
    }
    {
        float a0[] = {1.1f, 2.2f, 3.1f, 4.1f, 5.1f};
        assert(has_close_elements(a0, 5, 0.5f) == 0);
    }
    return 0;
}
//@@ example_test
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed has_close_elements.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).

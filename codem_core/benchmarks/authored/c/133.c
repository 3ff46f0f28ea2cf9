//@@ header
#include <stdio.h>
#include <math.h>
//@@ helpers
//@@ doc_append
//@@ signature
int sum_squares(float *lst, int size) {
//@@ solution
    int sum = 0;
    for (int i = 0; i < size; i++) {
        sum += (int)ceil(lst[i]) * (int)ceil(lst[i]);
    }
    return sum;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        float a0[] = {1.0f, 2.0f, 3.0f};
        assert(sum_squares(a0, 3) == 14);
    }
    {
        float a0[] = {1.0f, 2.0f, 3.0f};
        assert(sum_squares(a0, 3) == 14);
    }
    {
        float a0[] = {1.0f, 3.0f, 5.0f, 7.0f};
        assert(sum_squares(a0, 4) == 84);
    }
    {
        float a0[] = {1.4f, 4.2f, 0.0f};
        assert(sum_squares(a0, 3) == 29);
    }
    {
        float a0[] = {-2.4f, 1.0f, 1.0f};
        assert(sum_squares(a0, 3) == 6);
    }
    {
        float a0[] = {100.0f, 1.0f, 15.0f, 2.0f};
        assert(sum_squares(a0, 4) == 10230);
    }
    {
        float a0[] = {10000.0f, 10000.0f};
        assert(sum_squares(a0, 2) == 200000000);
    }
    {
        float a0[] = {-1.4f, 4.6f, 6.3f};
        assert(sum_squares(a0, 3) == 75);
    }
    {
        float a0[] = {-1.4f, 17.9f, 18.9f, 19.9f};
        assert(sum_squares(a0, 4) == 1086);
    }
    {
        float a0[] = {0.0f};
        assert(sum_squares(a0, 1) == 0);
    }
    {
        float a0[] = {-1.0f};
        assert(sum_squares(a0, 1) == 1);
    }
    {
        float a0[] = {-1.0f, 1.0f, 0.0f};
        assert(sum_squares(a0, 3) == 2);
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
        assert(sum_squares(a0, 3) == 14);
    }
    {
        float a0[] = {1.0f, 4.0f, 9.0f};
        assert(sum_squares(a0, 3) == 98);
    }
    {
        float a0[] = {1.0f, 3.0f, 5.0f, 7.0f};
        assert(sum_squares(a0, 4) == 84);
    }
    {
        float a0[] = {1.4f, 4.2f, 0.0f};
        assert(sum_squares(a0, 3) == 29);
    }
    {
        float a0[] = {-2.4f, 1.0f, 1.0f};
        assert(sum_squares(a0, 3) == 6);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed sum_squares.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).

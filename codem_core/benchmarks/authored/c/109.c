//@@ header
#include <stdio.h>
#include <stdbool.h>
//@@ helpers
//@@ doc_append
//@@ signature
bool move_one_ball(int *arr, int size) {
//@@ solution
    int num = 0;
    if (size == 0) return true;
    for (int i = 1; i < size; i++)
        if (arr[i] < arr[i - 1]) num += 1;
    if (arr[size - 1] > arr[0]) num += 1;
    if (num < 2) return true;
    return false;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {3, 4, 5, 1, 2};
        assert(move_one_ball(a0, 5) == 1);
    }
    {
        int a0[] = {3, 5, 10, 1, 2};
        assert(move_one_ball(a0, 5) == 1);
    }
    {
        int a0[] = {4, 3, 1, 2};
        assert(move_one_ball(a0, 4) == 0);
    }
    {
        int a0[] = {3, 5, 4, 1, 2};
        assert(move_one_ball(a0, 5) == 0);
    }
    {
        int a0[] = {0};
        assert(move_one_ball(a0, 0) == 1);
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
        int a0[] = {3, 4, 5, 1, 2};
        assert(move_one_ball(a0, 5) == 1);
    }
    {
        int a0[] = {3, 5, 4, 1, 2};
        assert(move_one_ball(a0, 5) == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed move_one_ball.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
